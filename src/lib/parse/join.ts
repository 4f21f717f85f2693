/**
 * Join segmented tokens into display text as Chinese typography does: no
 * spaces at all, except between two tokens that meet as Latin letters or
 * digits (so "WTO 2019" keeps its space while "2019 年" becomes "2019年").
 */
const LATIN_END = /[A-Za-z0-9.%]$/;
const LATIN_START = /^[A-Za-z0-9]/;

export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const token of tokens) {
    if (LATIN_END.test(previous) && LATIN_START.test(token)) out += ' ';
    out += token;
    previous = token;
  }
  return out;
}
