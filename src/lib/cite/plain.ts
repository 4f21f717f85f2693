import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { editionName, translatorName } from './edition.ts';
import { TITLE_SEPARATOR, type CitedRelease } from './model.ts';
import { unitLabel } from '../records/labels.ts';

/** One formatter for every English date: `toLocaleString` builds a new one per call, which cost the build most of a second. */
const ENGLISH_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** Date as cited: 2019-11-19 → "19 November 2019" / "2019年11月19日". */
export function citeDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return `${d} ${ENGLISH_MONTH.format(Date.UTC(y, m - 1, d))} ${y}`;
}

/** Issuers as cited: "中共中央、国务院" / "Central Committee of … and State Council". */
export function citeIssuers(lang: Lang, doc: Document): string {
  if (lang === 'zh') return doc.issuers.join('、');
  const names = doc.issuersEn ?? doc.issuers;
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export function citeTitle(lang: Lang, doc: Document): string {
  return lang === 'en' && doc.title.en ? doc.title.en : doc.title.text;
}

/**
 * A plain citation in three pieces: the text before the access date, a
 * template for the access date (`{date}` is filled in by the copy control
 * with the day of copying), and the permanent URL after it.
 */
export interface CitationParts {
  readonly before: string;
  readonly accessed: string;
  readonly after: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Chinese: GB/T 7714-2015, an online electronic resource ([EB/OL]) credited to its issuers, in the
 * standard's order and with its own (half-width) punctuation:
 * 主要责任者. 题名: 其他题名信息[EB/OL]. 版本项. 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径
 * The resource is this edition's text: its publisher is the edition's editors, its version the release,
 * published in the release's year and last updated on its day; the place of publication is omitted, as
 * the standard allows for an online resource. Without a release, the document's own date stands.
 * English: a Chicago-like note for a translated document, credited to its issuers and to this edition as
 * translator, naming the original title and the edition's release.
 */
export function citationParts(lang: Lang, doc: Document, url: string, id?: string, release?: CitedRelease): CitationParts {
  if (lang === 'zh') {
    const issuers = doc.issuers.join(', ');
    const unit = id ? `${TITLE_SEPARATOR}${unitLabel('zh', id)}` : '';
    // The standard leaves the first edition unstated (版本项: 第1版不著录).
    const version = release && release.n > 1 ? ` ${release.n}版.` : '';
    const published = release ? `${version} ${translatorName('zh')}, ${release.date.slice(0, 4)}(${release.date})` : ` (${doc.date})`;
    return { before: `${issuers}. ${doc.title.text}${unit}[EB/OL].${published}`, accessed: '[{date}]', after: `. ${url}` };
  }
  const title = citeTitle('en', doc);
  const original = doc.title.en ? ` (${doc.title.text})` : '';
  const head = id ? `“${capitalise(unitLabel('en', id))}.” In ${title}${original}` : `${title}${original}`;
  const translated = doc.title.en ? ` Translated by ${translatorName('en')}. Unofficial translation` : '';
  const version = release ? `, ${editionName('en')}, release ${release.n} (${citeDate('en', release.date)})` : '';
  return {
    before: `${citeIssuers('en', doc)}. ${head}, ${citeDate('en', doc.date)}.${translated}${version}.`,
    accessed: ' Accessed {date}.',
    after: ` ${url}`,
  };
}

/**
 * A ready-to-paste citation of the document, or of one unit of it (`m14`,
 * `m14.s2`, `p5` …), ending with its permanent URL; without an access date,
 * which only the reader knows (the copy control adds it).
 */
export function plainCitation(lang: Lang, doc: Document, url: string, id?: string, release?: CitedRelease): string {
  const { before, after } = citationParts(lang, doc, url, id, release);
  return `${before}${after}`;
}
