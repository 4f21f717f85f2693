/** The content CLI, run as a user runs it: success writes every record file; any error writes nothing. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

function run(seeds: string, out: string, translations = join(seeds, 'none')) {
  return spawnSync(
    process.execPath,
    [
      'scripts/content.ts',
      '--seeds',
      seeds,
      '--out',
      out,
      '--translations',
      translations,
      '--absent',
      'tests/fixtures/content-cli/absent.yaml',
    ],
    // These seeds are scratch documents, not the edition's releases: they are checked against none.
    { encoding: 'utf8', env: { ...process.env, RELEASES_DIR: join(seeds, 'no-releases') } },
  );
}

function scratch(): { seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  const seeds = join(dir, 'seeds');
  cpSync('seeds', seeds, { recursive: true });
  cpSync('tests/fixtures/well-formed/excerpt-2019.zh.txt', join(seeds, 'excerpt-2019.zh.txt'));
  return { seeds, out: join(dir, 'records') };
}

it('parses N documents, each under its own slug', () => {
  const { seeds, out } = scratch();
  const result = run(seeds, out);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['excerpt-2019.json', 'trade-2019.json']);
  const excerpt = JSON.parse(readFileSync(join(out, 'excerpt-2019.json'), 'utf8'));
  expect(excerpt.document.slug).toBe('excerpt-2019');
  expect(excerpt.measures).toHaveLength(4);
});

// Each malformed case starts from a copy of the records one good run wrote, so the good run is made once.
let good: { seeds: string; out: string };
beforeAll(() => {
  good = scratch();
  const result = run(good.seeds, good.out);
  if (result.status !== 0) throw new Error(`the good run failed: ${result.stderr}`);
});

describe.each(readdirSync('tests/fixtures/malformed').sort())('a seeds folder holding malformed %s', (name) => {
  it('exits non-zero with the error and leaves existing records untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-'));
    const seeds = join(dir, 'seeds');
    const out = join(dir, 'records');
    cpSync(good.seeds, seeds, { recursive: true });
    cpSync(good.out, out, { recursive: true });
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(Object.keys(before)).toEqual(['excerpt-2019.json', 'trade-2019.json']);
    cpSync(join('tests/fixtures/malformed', name, 'input.zh.txt'), join(seeds, 'zz-broken.zh.txt'));
    const result = run(seeds, out);
    expect(result.status).toBe(1);
    const expected = readFileSync(join('tests/fixtures/malformed', name, 'expected.txt'), 'utf8').trim();
    const tail = expected.slice(expected.indexOf(':', expected.indexOf('input.zh.txt')));
    expect(result.stderr).toContain(`zz-broken.zh.txt${tail}`);
    const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(after).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['records', 'seeds']);
  });
});

it('refuses a translation that does not align, naming the ID, and writes nothing', () => {
  const { seeds, out } = scratch();
  const translations = join(seeds, '..', 'translations');
  cpSync('content/translations', translations, { recursive: true });
  const file = join(translations, 'trade-2019.en.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}m14\.s2: .*\n/m, ''));
  const result = run(seeds, out, translations);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('m14.s2 has no English translation');
  expect(readdirSync(join(out, '..')).sort()).toEqual(['seeds', 'translations']);
});
