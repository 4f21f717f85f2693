/**
 * Every UI string in src/i18n is used somewhere in src/, and both languages
 * hold the same keys. A key counts as used when it appears in the code as a
 * quoted literal ('searchRetry', "searchRetry"), or, for a key of a family
 * such as `type.term`, when the code builds keys of that family
 * (`type.${…}`). Keys added by anyone are checked the same way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

const code = files('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** Names imported straight from a string table: `import { copy as enCopy } from '../i18n/en.json'`. */
function importedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*i18n\/\w+\.json['"]/g)) {
    for (const item of (list ?? '').split(',')) names.add(item.trim().split(/\s+as\s+/)[0] ?? '');
  }
  return names;
}

function isUsed(key: string, source: string): boolean {
  if ([`'${key}'`, `"${key}"`, `\`${key}\``].some((quoted) => source.includes(quoted))) return true;
  if (importedNames(source).has(key)) return true;
  // A plural family `plural.{name}.{form}` is used through `plural(lang, '{name}', n)`, which picks the form.
  const pluralName = /^plural\.([^.]+)\.[^.]+$/.exec(key)?.[1];
  if (pluralName !== undefined && new RegExp(`plural\\([^,()]+,\\s*['"]${pluralName}['"]`).test(source)) return true;
  const dot = key.lastIndexOf('.');
  return dot > 0 && source.includes(`\`${key.slice(0, dot + 1)}\${`);
}

it('has the same keys in both languages', () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
});

it('uses every key somewhere in src/', () => {
  expect(Object.keys(en).filter((key) => !isUsed(key, code))).toEqual([]);
});

it.each([
  ['search', "t(lang, 'search')", true],
  ['type.term', 't(lang, `type.${a.type}`)', true],
  ['searchRetry', "str('searchRetryLater')", false],
  ['copy', '// copy the text', false],
  ['copied', "import { copied as c } from '../i18n/zh.json';", true],
  ['plural.results.one', "plural(lang, 'results', n)", true],
  ['plural.results.other', "plural(lang, 'terms', n)", false],
])('counts %j as used in %j: %s', (key, source, used) => expect(isUsed(key, source)).toBe(used));
