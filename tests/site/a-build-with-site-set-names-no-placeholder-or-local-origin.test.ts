/**
 * The test build sets SITE (tests/support/build.ts): no built file may then
 * name the old placeholder origin, the local preview origin, or carry the
 * preview line; every absolute URL on the edition's pages is on SITE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { readTree } from '../support/dist.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const dist = inject('distDir');
const TEXT = /\.(html|json|xml|txt|csv|bib|ris|js|webmanifest)$|\/_headers$/;

it('finds no placeholder or preview origin in any file', () => {
  const offenders: string[] = [];
  for (const path of readTree(dist).keys()) {
    if (!TEXT.test(path)) continue;
    const text = readFileSync(join(dist, path), 'utf8');
    for (const bad of ['trade-2019.example.org', 'localhost:4321', 'release.invalid', 'class="preview-build"']) {
      if (text.includes(bad)) offenders.push(`${path}: ${bad}`);
    }
  }
  expect(offenders).toEqual([]);
});

it('publishes the archived release under SITE', () => {
  const json = JSON.parse(readFileSync(join(dist, 'data/releases/1/trade-2019.json'), 'utf8')) as { $schema: string };
  expect(json.$schema).toBe(`${TEST_ORIGIN}/data/schema/v1.json`);
});
