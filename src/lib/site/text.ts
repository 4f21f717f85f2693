import type { Lang } from '../../i18n/index.ts';
import type { Document, Measure, Part, Sentence } from '../records/index.ts';
import { citeDate, citeIssuers } from '../cite/plain.ts';
import { stripTerminal } from '../parse/sentences.ts';

/** A sentence's text in the page's language, falling back to the Chinese while a translation is pending. */
export function textIn(lang: Lang, s: Sentence): string {
  return lang === 'en' && s.en ? s.en : s.text;
}

export function documentTitle(lang: Lang, doc: Document): string {
  return lang === 'en' && doc.title.en ? doc.title.en : doc.fullTitle;
}

export function measureTitle(lang: Lang, m: Measure): string {
  const s1 = m.sentences[0];
  const heading = s1 ? stripTerminal(textIn(lang, s1)).replace(/\.$/, '') : m.heading;
  return lang === 'zh' ? `（${m.numeral}）${heading}` : `(${m.n}) ${heading}`;
}

export function partTitle(lang: Lang, p: Part): string {
  return lang === 'zh' ? `${p.label.join('')}${p.heading.text}` : `${p.n}. ${textIn(lang, p.heading)}`;
}

/** Document metadata for the page head. */
export function headMeta(lang: Lang, doc: Document): { title: string; date: string; issuers: string } {
  return { title: documentTitle(lang, doc), date: doc.date, issuers: citeIssuers(lang, doc) };
}

export function dateLine(lang: Lang, doc: Document): string {
  return citeDate(lang, doc.date);
}
