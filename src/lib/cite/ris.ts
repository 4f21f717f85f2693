/**
 * RIS, the tagged format of reference managers (EndNote, Zotero, Mendeley):
 * `XX  - value` lines ending in CRLF, from `TY` to `ER`. The document is a
 * government document (`GOVDOC`); the issuers are corporate authors, written
 * without a comma so that they are not split into family and given names.
 */
import type { CitationData } from './model.ts';

const CRLF = '\r\n';

export function ris(c: CitationData): string {
  const [y, m, d] = c.dateParts;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const lines: [string, string][] = [
    ['TY', 'GOVDOC'],
    ['ID', c.key],
    ...c.authors.map((a): [string, string] => ['AU', a]),
    ['TI', c.title],
    // A4 is the subsidiary author, which reference managers read as the translator.
    ...(c.translator ? [['A4', c.translator] as [string, string]] : []),
    ['PB', c.edition],
    ...(c.release ? [['ET', `Release ${c.release.n} (${c.release.date})`] as [string, string]] : []),
    ['PY', String(y)],
    ['DA', `${y}/${pad(m)}/${pad(d)}`],
    ['UR', c.url],
    ...(c.accessed ? [['Y2', c.accessed.replaceAll('-', '/')] as [string, string]] : []),
    ['LA', c.language],
    ...(c.note ? [['N1', c.note] as [string, string]] : []),
    ['ER', ''],
  ];
  // One line per tag: a line break inside a value would start a new, malformed tag line.
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}${CRLF}`).join('');
}
