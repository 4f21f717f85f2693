/**
 * A build is a pure function of the commit: building again gives the same
 * files with the same bytes (pages, exports, checksums, build dates, search
 * index, service worker). The test run's own build is the first; with
 * SKIP_BUILD=1 that dist/ may be stale, so a fresh first build is made instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { treeDifferences } from '../tooling/tree-diff.ts';
import { buildSite } from '../support/build.ts';
import { readTree } from '../support/dist.ts';

let scratch = '';
let first = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'edition-reproducible-'));
  first = inject('distDir');
  if (process.env.SKIP_BUILD === '1') {
    first = join(scratch, 'first');
    buildSite({ outDir: first });
  }
  buildSite({ outDir: join(scratch, 'second') });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it('produces the same files with the same bytes', () => {
  const a = readTree(first);
  expect(a.size).toBeGreaterThan(400);
  expect(a.has('/data/trade-2019.json')).toBe(true);
  expect(treeDifferences(a, readTree(join(scratch, 'second')))).toEqual([]);
});
