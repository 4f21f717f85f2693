import { SourceError, quote } from '../checked/errors.ts';
import { CLOSERS, endsWithTerminal } from '../records/punctuation.ts';
import type { Token } from './tokens.ts';

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
