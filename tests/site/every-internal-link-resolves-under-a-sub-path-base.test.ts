import { beforeAll, expect, inject, it } from 'vitest';
import { brokenLinks } from '../tooling/link-check.ts';
import { readSite } from '../support/site-map.ts';
import { TEST_ORIGIN } from '../support/origin.ts';
import { SUB_PATH, siteUnderSubPath } from '../support/site-under-sub-path.ts';

// The same origin as the default build; what changes is the sub-folder the edition lives in.
const ORIGIN = TEST_ORIGIN;
const BASE = SUB_PATH;
let site = '';

beforeAll(() => {
  site = siteUnderSubPath(inject('distDir'));
});

it(`finds no broken href, src or #fragment, and no link that leaves ${BASE}`, () => {
  const { pages, files } = readSite(site);
  expect(pages.length).toBeGreaterThan(70);
  expect(brokenLinks(pages, files, BASE, ORIGIN)).toEqual([]);
});
