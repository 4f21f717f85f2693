import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { citeDate, citeIssuers } from '../cite/plain.ts';

/** Titles and labels of units live in the label module; re-exported for the pages. */
export { measureTitle, partTitle, textIn } from '../records/labels.ts';

export function documentTitle(lang: Lang, doc: Document): string {
  return lang === 'en' && doc.title.en ? doc.title.en : doc.fullTitle;
}

/** Document metadata for the page head. */
export function headMeta(lang: Lang, doc: Document): { title: string; date: string; issuers: string } {
  return { title: documentTitle(lang, doc), date: doc.date, issuers: citeIssuers(lang, doc) };
}

export function dateLine(lang: Lang, doc: Document): string {
  return citeDate(lang, doc.date);
}
