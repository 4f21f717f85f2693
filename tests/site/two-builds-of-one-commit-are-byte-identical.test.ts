import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { treeDifferences } from '../../src/lib/site/tree-diff.ts';
import { buildSite } from '../support/build.ts';
import { readTree } from '../support/dist.ts';

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'edition-reproducible-'));
  buildSite({ outDir: join(scratch, 'first') });
  buildSite({ outDir: join(scratch, 'second') });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it('produces the same files with the same bytes', () => {
  const first = readTree(join(scratch, 'first'));
  expect(first.size).toBeGreaterThan(70);
  expect(treeDifferences(first, readTree(join(scratch, 'second')))).toEqual([]);
});
