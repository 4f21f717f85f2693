/**
 * What every citation format says, worked out once: who issued the document,
 * its title and date, the unit cited and its permanent URL. The format
 * modules (plain.ts, bibtex.ts, ris.ts, csl.ts) only write this down.
 */
import { HTML_LANG, type Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { unitLabel } from '../records/labels.ts';
import { citeTitle } from './plain.ts';

export interface CitationData {
  /** Stable key for reference managers: `trade-2019`, `trade-2019-m14-en`, `trade-2019-m14-s2-zh`. */
  readonly key: string;
  readonly lang: Lang;
  /** BCP 47 tag of the cited text's language. */
  readonly language: string;
  /** Issuing bodies, as institutions (never split into given and family names). */
  readonly authors: readonly string[];
  /** The title without the issuers, in the citation's language. */
  readonly title: string;
  /** Date of issue, ISO 8601, and its parts. */
  readonly date: string;
  readonly dateParts: readonly [number, number, number];
  /** Permanent URL of the document, the measure's page or the sentence on it. */
  readonly url: string;
  /** The unit cited, in words (`measure (14), sentence 2` / `（十四）第2句`); absent for the whole document. */
  readonly unit?: string;
  /** For the English: the Chinese title, since the English is an unofficial translation of it. */
  readonly originalTitle?: string;
  /** True when the text cited is the unofficial English translation. */
  readonly translation: boolean;
  /** A note for formats without a field for the unit: the unit, then that the English is a translation. */
  readonly note?: string;
}

/** A citation key: `trade-2019`, plus the unit's ID with dots as hyphens, plus the language. */
export function citationKey(slug: string, lang: Lang, id?: string): string {
  return [slug, ...(id ? [id.replaceAll('.', '-')] : []), lang].join('-');
}

export function citationData(lang: Lang, doc: Document, url: string, id?: string): CitationData {
  const [y, m, d] = doc.date.split('-').map(Number) as [number, number, number];
  const translation = lang === 'en' && doc.title.en !== undefined;
  const unit = id ? unitLabel(lang, id) : undefined;
  const note = [unit && unit.charAt(0).toUpperCase() + unit.slice(1), translation ? `Unofficial English translation of ${doc.title.text}` : undefined]
    .filter(Boolean)
    .join(lang === 'zh' ? '。' : '. ');
  return {
    key: citationKey(doc.slug, lang, id),
    lang,
    language: translation ? HTML_LANG.en : HTML_LANG.zh,
    authors: translation && doc.issuersEn ? doc.issuersEn : doc.issuers,
    title: citeTitle(lang, doc),
    date: doc.date,
    dateParts: [y, m, d],
    url,
    ...(unit ? { unit } : {}),
    ...(translation ? { originalTitle: doc.title.text } : {}),
    translation,
    ...(note ? { note } : {}),
  };
}
