/**
 * A strict, minimal BibTeX parser for the tests (no BibTeX parser package is
 * installed). It accepts what BibTeX itself accepts for ordinary entries —
 * `@type{key, name = value, …}` with values in braces, in quotes, bare
 * numbers or month macros, joined by `#` — and throws, with the offset, on
 * anything else: text between entries, unbalanced braces, a missing comma or
 * equals sign, a repeated field, an unknown macro.
 */
export interface BibEntry {
  readonly type: string;
  readonly key: string;
  /** Field values with their delimiting braces or quotes removed, macros expanded. */
  readonly fields: Readonly<Record<string, string>>;
}

const MACROS: Readonly<Record<string, string>> = Object.fromEntries(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, String(i + 1)]),
);

export function parseBibtex(text: string): BibEntry[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`BibTeX: ${what} at offset ${i}`);
  };
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const expect = (c: string): void => {
    ws();
    if (text[i] !== c) fail(`expected ${JSON.stringify(c)}, found ${JSON.stringify(text[i] ?? 'end of input')}`);
    i++;
  };
  const word = (pattern: RegExp, what: string): string => {
    ws();
    const start = i;
    while (i < text.length && pattern.test(text[i] ?? '')) i++;
    if (i === start) fail(`expected ${what}`);
    return text.slice(start, i);
  };
  /** A braced group's content, braces balanced; `i` is just after the opening delimiter. */
  const balanced = (close: '}' | '"'): string => {
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) {
          if (close === '}') return text.slice(start, i++);
          fail('unbalanced closing brace');
        }
        depth--;
      } else if (c === '"' && close === '"' && depth === 0) return text.slice(start, i++);
    }
    return fail('unterminated value');
  };
  const piece = (): string => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      return balanced('}');
    }
    if (c === '"') {
      i++;
      return balanced('"');
    }
    if (/\d/.test(c ?? '')) return word(/\d/, 'a number');
    const name = word(/[A-Za-z]/, 'a value').toLowerCase();
    return MACROS[name] ?? fail(`unknown macro ${name}`);
  };
  const value = (): string => {
    let out = piece();
    ws();
    while (text[i] === '#') {
      i++;
      out += piece();
      ws();
    }
    return out;
  };

  const entries: BibEntry[] = [];
  ws();
  while (i < text.length) {
    expect('@');
    const type = word(/[A-Za-z]/, 'an entry type').toLowerCase();
    expect('{');
    const key = word(/[^\s,{}="#%'()]/, 'a citation key');
    const fields: Record<string, string> = {};
    for (;;) {
      ws();
      if (text[i] === '}') {
        i++;
        break;
      }
      expect(',');
      ws();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = word(/[A-Za-z0-9_-]/, 'a field name').toLowerCase();
      expect('=');
      if (name in fields) fail(`field ${name} repeated`);
      fields[name] = value();
    }
    entries.push({ type, key, fields });
    ws();
  }
  return entries;
}

/** Split a name list at top-level ` and `; each name keeps its braces. */
export function bibNames(field: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < field.length; i++) {
    if (field[i] === '{') depth++;
    else if (field[i] === '}') depth--;
    else if (depth === 0 && field.startsWith(' and ', i)) {
      names.push(field.slice(start, i));
      start = i + 5;
    }
  }
  return [...names, field.slice(start)];
}
