/**
 * Every UI string in src/i18n is used somewhere in src/, and both languages hold the same keys.
 *
 * A key counts as used only where the code asks for a UI string, not wherever a word happens to be quoted:
 * - as a quoted literal inside the arguments of `t(…)`, `str(…)` or `plural(…)` (so `t(lang, n > 1 ? 'a' : 'b')`
 *   uses both);
 * - as a quoted literal in a module that types it as a `StringKey` (tables of keys);
 * - imported by name straight from a string table (`import { copy } from '../i18n/en.json'`);
 * - for a family such as `type.term`, where the code builds keys of that family (`type.${…}`);
 * - for a plural family `plural.{name}.{form}`, where `plural(lang, '{name}', n)` picks the form.
 * A schema field, a CSS class or a comment that spells a key does not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(ts|astro|mjs|js)$/.test(path) && !path.startsWith('i18n'))
  .map((path) => readFileSync(join('src', path), 'utf8'));

/** The text between the parentheses of every call to one of `names`, brackets balanced. */
function callArguments(source: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(new RegExp(`\\b(?:${names.join('|')})\\(`, 'g'))) {
    let depth = 1;
    let end = match.index + match[0].length;
    const start = end;
    while (end < source.length && depth > 0) {
      const char = source[end];
      if (char === '(' || char === '[' || char === '{') depth += 1;
      else if (char === ')' || char === ']' || char === '}') depth -= 1;
      end += 1;
    }
    found.push(source.slice(start, end - 1));
  }
  return found;
}

/** The parts of a module where a quoted literal is a UI-string key. */
function keyContexts(source: string): string {
  const contexts = callArguments(source, ['t', 'str', 'plural']);
  if (/\bStringKey\b/.test(source)) contexts.push(source);
  return contexts.join('\n');
}

/** Names imported straight from a string table: `import { copy as enCopy } from '../i18n/en.json'`. */
function importedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*i18n\/\w+\.json['"]/g)) {
    for (const item of (list ?? '').split(',')) names.add(item.trim().split(/\s+as\s+/)[0] ?? '');
  }
  return names;
}

function isUsed(key: string, source: string): boolean {
  const contexts = keyContexts(source);
  if ([`'${key}'`, `"${key}"`].some((quoted) => contexts.includes(quoted))) return true;
  if (importedNames(source).has(key)) return true;
  const pluralName = /^plural\.([^.]+)\.[^.]+$/.exec(key)?.[1];
  if (pluralName !== undefined && new RegExp(`plural\\([^,()]+,\\s*['"]${pluralName}['"]`).test(source)) return true;
  const dot = key.lastIndexOf('.');
  return dot > 0 && source.includes(`\`${key.slice(0, dot + 1)}\${`);
}

it('has the same keys in both languages', () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
});

it('uses every key somewhere in src/', () => {
  expect(Object.keys(en).filter((key) => !sources.some((source) => isUsed(key, source)))).toEqual([]);
});

it.each([
  ['search', "t(lang, 'search')", true],
  ['a', "t(lang, wide ? 'a' : 'b')", true],
  ['type.term', 't(lang, `type.${a.type}`)', true],
  ['searchRetry', "str('searchRetryLater')", false],
  ['copy', '// copy the text', false],
  ['copy', "button.className = 'copy';", false],
  ['source', "required: ['source', 'slug']", false],
  ['word', '/** Whether `word` stands earlier */', false],
  ['title', "const titles: Record<Kind, StringKey> = { a: 'title' };", true],
  ['copied', "import { copied as c } from '../i18n/zh.json';", true],
  ['plural.results.one', "plural(lang, 'results', n)", true],
  ['plural.results.other', "plural(lang, 'terms', n)", false],
])('counts %j as used in %j: %s', (key, source, used) => expect(isUsed(key, source)).toBe(used));
