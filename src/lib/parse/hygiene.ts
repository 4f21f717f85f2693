import { SourceError } from '../checked/errors.ts';

/** What a character is called in an error, for the invisible ones. */
function describe(c: string): string {
  const hex = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === '\0') return `NUL (${hex})`;
  if (c === '\uFEFF') return `a byte-order mark mid-text (${hex})`;
  if (/[\u200B-\u200D\u2060]/.test(c)) return `a zero-width character (${hex})`;
  return `a control character (${hex})`;
}

/** Forbidden anywhere in a seed: C0 controls but tab and line feed, DEL, C1 controls, U+FEFF and zero-width characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\u200B-\u200D\u2060]/u;

/** The paired marks a line must balance, closer → opener. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['》', '《'],
  ['”', '“'],
  ['）', '（'],
  ['」', '「'],
]);
const OPENERS = new Set(PAIRS.values());

/**
 * Check a decoded seed for what no clean source holds: control characters and NUL (which also make the
 * Akoma Ntoso XML ill-formed), a byte-order mark after the start, zero-width characters, and 《》 “” （） 「」
 * that do not pair within their line. Throws a SourceError at the first, as file:line:column.
 */
export function checkSeedHygiene(file: string, text: string): string {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const chars = [...line];
    const stack: { mark: string; column: number }[] = [];
    chars.forEach((c, i) => {
      const at = { file, line: index + 1, column: i + 1 };
      if (FORBIDDEN.test(c)) throw new SourceError(at, 'text without control or invisible characters', describe(c));
      if (OPENERS.has(c)) stack.push({ mark: c, column: i + 1 });
      const opener = PAIRS.get(c);
      if (opener !== undefined) {
        const open = stack.pop();
        if (open?.mark !== opener) {
          const wanted = open
            ? `${[...PAIRS].find(([, o]) => o === open.mark)?.[0] ?? '?'} to close ${open.mark} at column ${open.column}`
            : `${opener} before ${c}`;
          throw new SourceError(at, wanted, `'${c}'`);
        }
      }
    });
    const unclosed = stack.pop();
    if (unclosed) {
      const closer = [...PAIRS].find(([, o]) => o === unclosed.mark)?.[0] ?? '?';
      throw new SourceError(
        { file, line: index + 1, column: unclosed.column },
        `${closer} to close this ${unclosed.mark} on the same line`,
        `'${unclosed.mark}' never closed`,
      );
    }
  });
  return text;
}
