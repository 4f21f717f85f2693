/**
 * CSL-JSON, the input format of Citation Style Language processors (Zotero,
 * Pandoc, citeproc-js): an array holding one item. Issuers are institutional
 * names (`literal`), never split into given and family names.
 */
import type { CitationData } from './model.ts';

export interface CslItem {
  id: string;
  type: 'document';
  title: string;
  author: { literal: string }[];
  translator?: { literal: string }[];
  publisher: string;
  version?: string;
  accessed?: { 'date-parts': [[number, number, number]] };
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  section?: string;
  'original-title'?: string;
  note?: string;
}

export function cslItem(c: CitationData): CslItem {
  return {
    id: c.key,
    // "document" rather than "legislation": styles then print author, date, title and URL, which fits a policy document.
    type: 'document',
    title: c.title,
    author: c.authors.map((literal) => ({ literal })),
    ...(c.translator ? { translator: [{ literal: c.translator }] } : {}),
    publisher: c.edition,
    ...(c.release ? { version: String(c.release.n) } : {}),
    ...(c.accessed ? { accessed: { 'date-parts': [c.accessed.split('-').map(Number) as [number, number, number]] } } : {}),
    issued: { 'date-parts': [[c.dateParts[0], c.dateParts[1], c.dateParts[2]]] },
    URL: c.url,
    language: c.language,
    ...(c.unit ? { section: c.unit } : {}),
    ...(c.originalTitle ? { 'original-title': c.originalTitle } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}

export function cslJson(c: CitationData): string {
  return `${JSON.stringify([cslItem(c)], null, 1)}\n`;
}
