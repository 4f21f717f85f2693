import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
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
 * A ready-to-paste citation of the document, or of one unit of it (`m14`,
 * `m14.s2`, `preamble.s1` …), ending with its permanent URL.
 */
export function plainCitation(lang: Lang, doc: Document, url: string, id?: string): string {
  const date = citeDate(lang, doc.date);
  if (lang === 'zh') {
    const unit = id ? unitLabel('zh', id) : '';
    return `${citeIssuers('zh', doc)}《${doc.title.text}》（${date}）${unit}。${url}`;
  }
  const unit = id ? `, ${unitLabel('en', id)}` : '';
  const unofficial = doc.title.en ? ', unofficial English translation' : '';
  return `${citeIssuers('en', doc)}, ${citeTitle('en', doc)} (${date})${unit}${unofficial}. ${url}`;
}
