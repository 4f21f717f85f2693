import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { brokenLinks } from '../tooling/link-check.ts';
import { buildSite } from '../support/build.ts';
import { readSite } from '../support/site-map.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

// The same origin as the default build; what changes is the sub-folder the edition lives in.
const ORIGIN = TEST_ORIGIN;
const BASE = '/edition/';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'edition-base-'));
  buildSite({ outDir: scratch, env: { BASE_PATH: BASE } });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it(`finds no broken href, src or #fragment, and no link that leaves ${BASE}`, () => {
  const { pages, files } = readSite(scratch);
  expect(pages.length).toBeGreaterThan(70);
  expect(brokenLinks(pages, files, BASE, ORIGIN)).toEqual([]);
});
