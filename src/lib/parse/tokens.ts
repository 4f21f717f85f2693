/** One word of the segmented source, with where it stands. */
export interface Token {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** One non-blank line of the source, already split into its tokens. */
export interface SourceLine {
  readonly line: number;
  readonly tokens: readonly Token[];
}

/** Tokens are separated by runs of spaces or tabs; leading and trailing spaces are not tokens. */
const SEPARATOR = /[ \t]+/g;

/**
 * Split decoded source text into lines of tokens. Blank lines are dropped
 * (paragraphs are one per line, so a blank line carries no meaning).
 */
export function tokenizeLines(text: string): SourceLine[] {
  if (text === '') return [];
  return text.split('\n').flatMap((raw, index) => {
    const tokens = tokenizeLine(raw, index + 1);
    return tokens.length === 0 ? [] : [{ line: index + 1, tokens }];
  });
}

function tokenizeLine(raw: string, line: number): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let column = 1;
  const push = (piece: string): void => {
    if (piece !== '') tokens.push({ text: piece, line, column });
    column += [...piece].length;
  };
  for (const match of raw.matchAll(SEPARATOR)) {
    push(raw.slice(last, match.index));
    column += match[0].length;
    last = match.index + match[0].length;
  }
  push(raw.slice(last));
  return tokens;
}

/** The whole token stream of a source text, in order: the reference for the lossless check. */
export function tokenStream(text: string): string[] {
  return tokenizeLines(text).flatMap((l) => l.tokens.map((t) => t.text));
}
