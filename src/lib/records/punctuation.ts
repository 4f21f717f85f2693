/**
 * The marks that end a Chinese sentence, shared by the parser (which splits at them) and the labels (which drop them
 * from a heading).
 */

/** Tokens that end a sentence. The semicolon does not: it joins clauses of one sentence. */
export const TERMINALS: ReadonlySet<string> = new Set(['。', '！', '？', '……']);
/** Closing marks that belong to the sentence they follow, as in 。” or ？）. */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '）', '》', '」', '』']);

/** Whether a run of tokens ends with a terminal mark, allowing closing marks after it. */
export function endsWithTerminal(tokens: readonly { readonly text: string }[]): boolean {
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
