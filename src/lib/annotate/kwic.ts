import type { Occurrence, Sentence } from '../records/index.ts';
import { joinTokens } from '../parse/join.ts';

/** A keyword-in-context line: what comes before the match, the match, what follows (display text). */
export interface Kwic {
  readonly sentence: string;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** KWIC lines for occurrences, `width` characters of context on each side. */
export function kwic(occurrence: Occurrence, sentence: Sentence, width = 18): Kwic {
  const t = sentence.tokens;
  const before = joinTokens(t.slice(0, occurrence.start));
  const after = joinTokens(t.slice(occurrence.end));
  const cut = (s: string, fromEnd: boolean): string => {
    const chars = [...s];
    if (chars.length <= width) return s;
    return fromEnd ? `…${chars.slice(-width).join('')}` : `${chars.slice(0, width).join('')}…`;
  };
  return {
    sentence: sentence.id,
    before: cut(before, true),
    match: joinTokens(t.slice(occurrence.start, occurrence.end)),
    after: cut(after, false),
  };
}
