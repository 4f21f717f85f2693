/**
 * The search query suite (tests/fixtures/search/queries.tsv), typed into the
 * real search page of the built site in headless Chromium, from both
 * interfaces (one browser, one page per interface, reused for every query).
 * Every expected unit must be in the top 3; both interfaces must put the same
 * unit first; in every category at least 95% must come first.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { INTERFACES, parseSuite, unitOfHref, type SuiteQuery } from '../tooling/search-suite.ts';
import { runQuery } from '../tooling/search-drive.ts';
import { useBrowser } from '../support/browser.ts';

const browser = useBrowser();

const suite = parseSuite(readFileSync('tests/fixtures/search/queries.tsv', 'utf8'));
const lines = [...new Set(suite.map((q) => q.line))];
const categories = [...new Set(suite.map((q) => q.category))];
const pages = new Map<string, Page>();
const tops = new Map<SuiteQuery, string[]>();

beforeAll(async () => {
  const b = browser();
  for (const ui of INTERFACES) {
    const page = await b.newPage();
    await page.goto(new URL(`${ui}/search/`, inject('siteUrl')).href);
    pages.set(ui, page);
  }
});

it('has at least 80 queries, and at least 15 in each of the categories readers asked for', () => {
  expect(lines.length).toBeGreaterThanOrEqual(80);
  for (const category of ['traditional', 'pinyin', 'typo', 'id']) {
    expect(new Set(suite.filter((q) => q.category === category).map((q) => q.line)).size, category).toBeGreaterThanOrEqual(15);
  }
});

describe.each(
  lines
    .map((line) => suite.filter((q) => q.line === line))
    .map((entries) => [`${entries[0]?.query} (${entries[0]?.category})`, entries] as const),
)('%s', (_name, entries) => {
  it(`finds ${entries[0]?.expected.join(' or ')} in the top 3 from both interfaces, the same unit first`, async () => {
    for (const q of entries) {
      const page = pages.get(q.ui);
      if (!page) throw new Error('no page');
      const top = (await runQuery(page, q.query)).map(unitOfHref);
      tops.set(q, top);
      expect(
        top.some((u) => q.expected.includes(u)),
        `${q.ui} top 3: ${top.join(', ')}`,
      ).toBe(true);
    }
    const firsts = entries.map((q) => `${q.ui}: ${tops.get(q)?.[0] ?? 'nothing'}`);
    expect(new Set(entries.map((q) => tops.get(q)?.[0])).size, firsts.join('; ')).toBe(1);
  });
});

it.each(categories)('puts the expected unit first for at least 95% of %s queries', (category) => {
  const mine = suite.filter((q) => q.category === category);
  const misses = mine.filter((q) => !q.expected.includes(tops.get(q)?.[0] ?? ''));
  const rate = 1 - misses.length / mine.length;
  console.log(`query suite, ${category}: ${mine.length - misses.length}/${mine.length} first (${(rate * 100).toFixed(1)}%)`);
  expect(
    rate,
    `first-result misses: ${misses.map((q) => `${q.query} (${q.ui}) → ${tops.get(q)?.[0] ?? 'nothing'}`).join('; ')}`,
  ).toBeGreaterThanOrEqual(0.95);
});
