import { SourceError, quote } from '../checked/errors.ts';
import { at } from './blocks.ts';
import type { SourceLine, Token } from './tokens.ts';

const FIELD_NAMES = ['the issuers line (e.g. 中共中央 国务院)', 'the title line', 'the date line （ 2019 年 11 月 19 日 ）'] as const;

/** The three lines every seed opens with: issuers, title, date. */
export interface FrontMatter {
  issuers: SourceLine;
  title: SourceLine;
  dateline: SourceLine;
  date: string;
}

export function readFrontMatter(file: string, lines: readonly SourceLine[]): FrontMatter {
  const [issuers, title, dateline] = lines;
  const missing = [issuers, title, dateline].findIndex((l) => l === undefined);
  if (missing !== -1) {
    const last = lines.at(-1);
    const position = last ? { file, line: last.line + 1, column: 1 } : { file, line: 1, column: 1 };
    throw new SourceError(position, FIELD_NAMES[missing] ?? 'more lines', 'end of file');
  }
  if (!issuers || !title || !dateline) throw new Error('unreachable');
  return { issuers, title, dateline, date: readDate(file, dateline.tokens) };
}

/** `（ 2019 年 11 月 19 日 ）` → `2019-11-19`; checks that the date exists. */
function readDate(file: string, tokens: readonly Token[]): string {
  const shape = ['（', /^\d{4}$/, '年', /^\d{1,2}$/, '月', /^\d{1,2}$/, '日', '）'] as const;
  const text = tokens.map((t) => t.text);
  const bad = shape.findIndex((want, i) => {
    const got = text[i];
    return got === undefined || (typeof want === 'string' ? got !== want : !want.test(got));
  });
  const first = tokens[0];
  if (first === undefined) throw new Error('a source line has at least one token');
  if (bad !== -1 || tokens.length !== shape.length) {
    const where = tokens[bad === -1 ? shape.length : bad] ?? tokens.at(-1) ?? first;
    throw new SourceError(at(file, where), FIELD_NAMES[2], quote(text.join(' ')));
  }
  const [y, m, d] = [text[1], text[3], text[5]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new SourceError(at(file, first), 'a date that exists', quote(text.join('')));
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
