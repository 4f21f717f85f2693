import { SourceError, quote } from './errors.ts';
import type { Token } from './tokens.ts';

/** Tokens that end a sentence. The semicolon does not: it joins clauses of one sentence. */
export const TERMINALS: ReadonlySet<string> = new Set(['。', '！', '？', '……']);
/** Closing marks that belong to the sentence they follow, as in 。” or ？）. */
const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '）', '》', '」', '』']);

/**
 * Split one paragraph's tokens into sentences after each terminal mark (and
 * any closing marks right after it). Every sentence must end in a terminal
 * mark, so a paragraph that trails off is an error at its last token.
 */
export function splitSentences(file: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    const next = tokens[i + 1];
    const ended = endsWithTerminal(current);
    if (ended && (next === undefined || !CLOSERS.has(next.text))) {
      sentences.push(current);
      current = [];
    }
  });
  const last = current.at(-1);
  if (last !== undefined) {
    const column = last.column + [...last.text].length;
    throw new SourceError(
      { file, line: last.line, column },
      'the sentence to end with 。, ！ or ？',
      `end of line after ${quote(current.map((t) => t.text).join(''), 12)}`,
    );
  }
  return sentences;
}

function endsWithTerminal(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const text = tokens[i]?.text ?? '';
    if (TERMINALS.has(text)) return true;
    if (!CLOSERS.has(text)) return false;
  }
  return false;
}

/** Drop the terminal mark (and closers) from a sentence's text, for use as a heading. */
export function stripTerminal(text: string): string {
  return text.replace(/(?:。|！|？|……)[”’）》」』]*$/u, '');
}
