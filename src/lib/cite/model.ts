/**
 * What every citation format says, worked out once: who issued the document,
 * who translated it (for the English), its title and date, the unit cited,
 * the edition's release and the permanent URL. The format modules (plain.ts,
 * bibtex.ts, ris.ts, csl.ts) only write this down.
 */
import { HTML_LANG, type Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { editionName, EDITION, translatorName } from './edition.ts';
import { unitLabel } from '../records/labels.ts';

/** The one separator between a title and the unit cited: GB/T 7714's half-width colon, in every format and language. */
export const TITLE_SEPARATOR = ': ';

/** The release of the edition's content a citation quotes (content/releases/). */
export interface CitedRelease {
  readonly n: number;
  /** ISO 8601 day. */
  readonly date: string;
}

export interface CitationData {
  /** Stable key for reference managers: `trade-2019`, `trade-2019-m14-en`, `trade-2019-m14-s2-zh`. */
  readonly key: string;
  readonly lang: Lang;
  /** BCP 47 tag of the cited text's language. */
  readonly language: string;
  /** Issuing bodies, as institutions (never split into given and family names). */
  readonly authors: readonly string[];
  /** The document's title without the issuers, in the citation's language. */
  readonly documentTitle: string;
  /** What is cited: the document's title, then the unit (`…: Measure (14), sentence 2`). */
  readonly title: string;
  /** Date of issue, ISO 8601, and its parts. */
  readonly date: string;
  readonly dateParts: readonly [number, number, number];
  /** Permanent URL of the document, the unit's page or the sentence on it. */
  readonly url: string;
  /** The unit cited, in words (`measure (14), sentence 2` / `（十四）第2句`); absent for the whole document. */
  readonly unit?: string;
  /** For the English: the Chinese title, since the English is an unofficial translation of it. */
  readonly originalTitle?: string;
  /** True when the text cited is the unofficial English translation. */
  readonly translation: boolean;
  /** The translator of the English (absent for the Chinese original). */
  readonly translator?: string;
  /** The edition that publishes the text (and, for the English, made it). */
  readonly edition: string;
  readonly licence: string;
  /** The release of the edition's content quoted. */
  readonly release?: CitedRelease;
  /** The day the reader accessed the text, ISO 8601, when known (the copy control knows it; a static file does not). */
  readonly accessed?: string;
  /** A note for formats without a field for it: that the English is a translation, and the release. */
  readonly note?: string;
}

/** A citation key: `trade-2019`, plus the unit's ID with dots as hyphens, plus the language. */
export function citationKey(slug: string, lang: Lang, id?: string): string {
  return [slug, ...(id ? [id.replaceAll('.', '-')] : []), lang].join('-');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function citationData(lang: Lang, doc: Document, url: string, id?: string, release?: CitedRelease, accessed?: string): CitationData {
  const [y, m, d] = doc.date.split('-').map(Number) as [number, number, number];
  const translation = lang === 'en' && doc.title.en !== undefined;
  const unit = id ? unitLabel(lang, id) : undefined;
  const documentTitle = translation && doc.title.en ? doc.title.en : doc.title.text;
  const title = unit ? `${documentTitle}${TITLE_SEPARATOR}${lang === 'zh' ? unit : capitalise(unit)}` : documentTitle;
  const releaseNote = release
    ? lang === 'zh'
      ? `${editionName('zh')}第${release.n}版（${release.date}）`
      : `${editionName('en')}, release ${release.n} (${release.date})`
    : undefined;
  const note = translation ? `Unofficial English translation of ${doc.title.text}${releaseNote ? `; ${releaseNote}` : ''}` : releaseNote;
  return {
    key: citationKey(doc.slug, lang, id),
    lang,
    language: translation ? HTML_LANG.en : HTML_LANG.zh,
    authors: translation && doc.issuersEn ? doc.issuersEn : doc.issuers,
    documentTitle,
    title,
    date: doc.date,
    dateParts: [y, m, d],
    url,
    ...(unit ? { unit } : {}),
    ...(translation ? { originalTitle: doc.title.text, translator: translatorName('en') } : {}),
    translation,
    edition: editionName(lang),
    licence: EDITION.licence.spdx,
    ...(release ? { release } : {}),
    ...(accessed ? { accessed } : {}),
    ...(note ? { note } : {}),
  };
}
