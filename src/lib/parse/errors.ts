/** Where something stands in a source file: 1-based line and column (in characters). */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * An error in a seed file. Its message always reads
 * `file:line:column expected …, found …`, so an editor can jump to it.
 */
export class SourceError extends Error {
  readonly position: Position;
  readonly expected: string;
  readonly found: string;

  constructor(position: Position, expected: string, found: string, options?: ErrorOptions) {
    super(`${position.file}:${position.line}:${position.column} expected ${expected}, found ${found}`, options);
    this.name = 'SourceError';
    this.position = position;
    this.expected = expected;
    this.found = found;
  }
}

/** Quote a found value for an error message, shortened so messages stay one line. */
export function quote(text: string, max = 24): string {
  const chars = [...text];
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `'${shown}'`;
}
