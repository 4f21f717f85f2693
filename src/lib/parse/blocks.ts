import { SourceError, quote } from '../checked/errors.ts';
import { parseChineseNumeral } from '../records/numerals.ts';
import { TERMINALS } from '../records/punctuation.ts';
import { splitSentences } from './sentences.ts';
import type { SourceLine, Token } from './tokens.ts';

/** What one line of the body (after the three front-matter lines) is. */
export type Block =
  | { kind: 'part'; n: number; numeral: string; label: Token[]; heading: Token[]; at: Token }
  | { kind: 'measure'; n: number; numeral: string; label: Token[]; body: Token[]; at: Token }
  | { kind: 'paragraph'; tokens: Token[]; at: Token };

const NUMERAL_CHARS = /^[一二三四五六七八九十百零〇两]+$/;

/**
 * Classify a body line. The grammar is small and strict:
 * - part heading: `二 、 加快 创新 驱动 …` (canonical numeral, then 、, then the heading);
 * - measure: `（ 十四 ） 促进 … 。 …` (numeral in full-width brackets, then sentences);
 * - paragraph: any other line whose last sentence ends in 。！？.
 * Anything else is an unknown heading line.
 */
export function classifyLine(file: string, source: SourceLine): Block {
  const tokens = [...source.tokens];
  const [first, second, third] = tokens;
  if (first === undefined) throw new Error('classifyLine needs a non-empty line');

  if (first.text === '（' && second !== undefined && NUMERAL_CHARS.test(second.text)) {
    const n = numeralValue(file, second);
    if (third?.text !== '）') {
      throw new SourceError(at(file, third ?? second), "'）' to close the measure number", third ? quote(third.text) : 'end of line');
    }
    const body = tokens.slice(3);
    if (body.length === 0) {
      throw new SourceError(at(file, third), 'the measure heading sentence after its number', 'end of line');
    }
    return { kind: 'measure', n, numeral: second.text, label: tokens.slice(0, 3), body, at: first };
  }

  if (second?.text === '、' && NUMERAL_CHARS.test(first.text)) {
    const n = numeralValue(file, first);
    const heading = tokens.slice(2);
    if (heading.length === 0) {
      throw new SourceError(at(file, second), 'a part heading after the part number', 'end of line');
    }
    return { kind: 'part', n, numeral: first.text, label: tokens.slice(0, 2), heading, at: first };
  }

  if (endsSentence(tokens)) return { kind: 'paragraph', tokens, at: first };
  // Prose that only lacks its final mark: report it where the mark is missing.
  if (tokens.some((t) => TERMINALS.has(t.text))) splitSentences(file, tokens);

  throw new SourceError(
    at(file, first),
    "a part heading like '二 、 …', a measure like '（ 一 ） …' or a paragraph ending in 。！？",
    quote(tokens.map((t) => t.text).join('')),
  );
}

function endsSentence(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const text = tokens[i]?.text ?? '';
    if (TERMINALS.has(text)) return true;
    if (!/^[”’）》」』]$/.test(text)) return false;
  }
  return false;
}

function numeralValue(file: string, token: Token): number {
  const n = parseChineseNumeral(token.text);
  if (n === undefined) {
    throw new SourceError(at(file, token), 'a canonical Chinese numeral (一 … 九十九)', quote(token.text));
  }
  return n;
}

export function at(file: string, token: Token): { file: string; line: number; column: number } {
  return { file, line: token.line, column: token.column };
}
