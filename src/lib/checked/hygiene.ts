import { SourceError } from './errors.ts';

/** What a character is called in an error, for the invisible ones. */
export function describeCharacter(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === '\0') return `NUL (${hex})`;
  if (c === '\uFEFF') return `a byte-order mark mid-text (${hex})`;
  if (/[\u200B-\u200D\u2060]/.test(c)) return `a zero-width character (${hex})`;
  if (c === '\u2028' || c === '\u2029') return `a line or paragraph separator (${hex})`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `a lone surrogate (${hex})`;
  if (/\p{Noncharacter_Code_Point}/u.test(c)) return `a noncharacter (${hex})`;
  return `a control character (${hex})`;
}

/**
 * Forbidden anywhere in any input: C0 controls but tab and line feed, DEL, C1 controls, U+FEFF, zero-width
 * characters, the line and paragraph separators, noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF, which XML
 * forbids in part) and lone surrogates (which no UTF-8 holds, but a YAML or JSON escape can write).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\u200B-\u200D\u2060\u2028\u2029\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** The first forbidden character in `text`: its index (in UTF-16 units) and the character; undefined if none. */
export function forbiddenCharacter(text: string): { index: number; char: string } | undefined {
  const m = FORBIDDEN.exec(text);
  return m ? { index: m.index, char: m[0] } : undefined;
}

/** 1-based line and column (in characters) of a UTF-16 index in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const start = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(start)].length + 1 };
}

/** What every input is checked for, wherever its text comes from. */
export const CLEAN_TEXT = 'text without control or invisible characters';

/** Refuse the first forbidden character of a decoded input file, at file:line:column. */
export function checkCharacters(file: string, text: string): string {
  const bad = forbiddenCharacter(text);
  if (bad) throw new SourceError({ file, ...lineColumn(text, bad.index) }, CLEAN_TEXT, describeCharacter(bad.char));
  return text;
}

/** The paired marks a line must balance, closer → opener. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['》', '《'],
  ['”', '“'],
  ['）', '（'],
  ['」', '「'],
]);
const OPENERS = new Set(PAIRS.values());

/**
 * Check a decoded seed (whose forbidden characters `checkCharacters` has already refused) for 《》 “” （） 「」 that
 * do not pair within their line. Throws a SourceError at the first, as file:line:column.
 */
export function checkSeedHygiene(file: string, text: string): string {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const chars = [...line];
    const stack: { mark: string; column: number }[] = [];
    chars.forEach((c, i) => {
      // Forbidden characters were refused when the seed was decoded (decodeSource → checkCharacters).
      const at = { file, line: index + 1, column: i + 1 };
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

/** The longest a word may be: a word page's folder is named after it, and file names stop at 255 bytes. */
export const MAX_TOKEN_CHARS = 20;

/**
 * Refuse a token that cannot be one segment of a word page's URL (and one folder name): a `/`, `\\`, `?`, `#` or
 * `%` (which a browser reads as a path, query, fragment or escape), a name of only dots, or more than
 * MAX_TOKEN_CHARS characters. Checked at the seed, so the fault is reported where it stands, not by a later step.
 */
export function checkToken(file: string, token: { text: string; line: number; column: number }): void {
  const chars = [...token.text];
  const bad = chars.findIndex((c) => /[/\\?#%]/.test(c));
  const problem =
    bad !== -1
      ? { column: token.column + bad, found: `'${chars[bad] ?? ''}' in '${token.text}'` }
      : /^\.+$/.test(token.text)
        ? { column: token.column, found: `'${token.text}'` }
        : chars.length > MAX_TOKEN_CHARS
          ? { column: token.column, found: `a word of ${chars.length} characters` }
          : undefined;
  if (problem) {
    throw new SourceError(
      { file, line: token.line, column: problem.column },
      `a word that can name its page (no / \\ ? # %, not only dots, at most ${MAX_TOKEN_CHARS} characters)`,
      problem.found,
    );
  }
}
