import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../scripts/build.ts';
import { buildInto } from '../../scripts/lib/build-steps.ts';
import { jsonForHtml } from '../../src/lib/security/json-in-html.ts';

const HOSTILE = '</script><meta http-equiv="refresh" content="0;url=https://example.com">';

describe('the one helper for JSON in pages', () => {
  it.each([[HOSTILE], ['a & b > c'], ['line\u2028para\u2029end'], [{ deep: ['<!--', '-->', '<script>'] }]])(
    'escapes %j and parses back exactly',
    (value) => {
      const text = jsonForHtml(value);
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(text)).toEqual(value);
    },
  );
});

describe('a hostile theme name is inert on every page', () => {
  let dist = '';
  const pages: string[] = [];
  beforeAll(() => {
    // The smallest site that shows it: the excerpt seed, one theme, no translation or annotations.
    const scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
    const seeds = join(scratch, 'seeds');
    const empty = join(scratch, 'empty');
    const records = join(scratch, 'records');
    mkdirSync(seeds);
    mkdirSync(empty);
    writeFileSync(join(seeds, 'excerpt-2019.zh.txt'), readFileSync('tests/fixtures/well-formed/excerpt-2019.zh.txt'));
    dist = join(scratch, 'dist');
    const content = {
      name: 'content',
      args: () => [
        'scripts/content.ts',
        '--seeds',
        seeds,
        '--translations',
        empty,
        '--annotations',
        empty,
        '--themes',
        'tests/fixtures/tiny-site/themes',
        '--absent',
        'tests/fixtures/tiny-site/absent.yaml',
        '--out',
        records,
      ],
    };
    // A scratch edition: the repository's URL manifest is not its to keep.
    const env: NodeJS.ProcessEnv = { ...process.env, RECORDS_DIR: records, URL_MANIFEST: 'none' };
    for (const key of ['VITEST', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
    buildInto(dist, [content, ...STEPS.slice(1)], { env, quiet: true });
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
      }
    };
    walk(dist);
  }, 600_000);

  it('builds pages that show the theme', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.some((p) => readFileSync(p, 'utf8').includes('hostile-name'))).toBe(true);
  });

  it('no page holds the injected element or a script block it closed early', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toContain('<meta http-equiv="refresh"');
      for (const [, body] of html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(body ?? ''), page).not.toThrow();
      }
    }
  });

  it('the search page labels carry the exact name', () => {
    const search = readFileSync(join(dist, 'en/search/index.html'), 'utf8');
    const labels = /<script type="application\/json" id="search-labels">([\s\S]*?)<\/script>/.exec(search)?.[1] ?? '';
    expect((JSON.parse(labels) as { themes: Record<string, string> }).themes['hostile-name']).toBe(HOSTILE);
  });
});
