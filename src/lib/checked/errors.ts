/** Where something stands in a source file: 1-based line and column (in characters). */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where a problem is when there is no line to point at: a file, and the ID or field inside it. */
export interface FileAndKey {
  readonly file: string;
  /** A structural ID (`m14.s2`) or a field path (`segments.m14`); absent for the file as a whole. */
  readonly key?: string | undefined;
}

export type Where = Position | FileAndKey;

/** `file:line:column`, or `file: key:`, or `file:`; the one way a place is written in a message. */
export function formatWhere(where: Where): string {
  if ('line' in where) return `${where.file}:${where.line}:${where.column}`;
  return where.key ? `${where.file}: ${where.key}:` : `${where.file}:`;
}

/**
 * A problem in a content file (seed, translation, annotation, themes, records). Its message always reads
 * `file:line:column expected …, found …` (or `file: key: …` where there is no line), so an editor can jump to it;
 * the message is written here and nowhere else.
 */
export class ContentError extends Error {
  readonly where: Where;
  readonly expected: string;
  readonly found: string;

  constructor(where: Where, expected: string, found: string, options?: ErrorOptions) {
    super(`${formatWhere(where)} expected ${expected}, found ${found}`, options);
    this.name = 'ContentError';
    this.where = where;
    this.expected = expected;
    this.found = found;
  }
}

/** A content error at a position in a seed file. */
export class SourceError extends ContentError {
  readonly position: Position;

  constructor(position: Position, expected: string, found: string, options?: ErrorOptions) {
    super(position, expected, found, options);
    this.name = 'SourceError';
    this.position = position;
  }
}

/** Quote a found value for an error message, shortened so messages stay one line. */
export function quote(text: string, max = 24): string {
  const chars = [...text];
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `'${shown}'`;
}
