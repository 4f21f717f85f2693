import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { editionName, translatorName } from './edition.ts';
import type { CitedRelease } from './model.ts';
import { unitLabel } from '../records/labels.ts';

/** Date as cited: 2019-11-19 → "19 November 2019" / "2019年11月19日". */
export function citeDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
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
 * Chinese: GB/T 7714-2015, an online electronic resource ([EB/OL]) credited
 * to its issuers: 主要责任者. 题名[EB/OL]. 版本. (发布日期)[引用日期]. 访问路径.
 * English: a Chicago-like note for a translated document, credited to its
 * issuers and to this edition as translator, with the edition's release.
 */
export function citationParts(lang: Lang, doc: Document, url: string, id?: string, release?: CitedRelease): CitationParts {
  if (lang === 'zh') {
    const issuers = doc.issuers.join(', ');
    const unit = id ? `: ${unitLabel('zh', id)}` : '';
    const version = release ? ` ${editionName('zh')}第${release.n}版（${release.date}）.` : '';
    return { before: `${issuers}. ${doc.title.text}${unit}[EB/OL].${version} (${doc.date})`, accessed: '[{date}]', after: `. ${url}` };
  }
  const title = citeTitle('en', doc);
  const head = id ? `“${capitalise(unitLabel('en', id))}.” In ${title}` : title;
  const translated = doc.title.en ? ` Translated by ${translatorName('en')}. Unofficial translation` : ` ${doc.title.text}`;
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
