/**
 * The search query suite (tests/fixtures/search/queries.tsv), typed into the
 * real search page of the built site in headless Chromium. Every expected
 * unit must be in the top 3; at least 95% must come first.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseSuite, unitOfHref, type SuiteQuery } from '../tooling/search-suite.ts';
import { runQuery } from '../tooling/search-drive.ts';
import { useBrowser } from '../support/browser.ts';

const browser = useBrowser();

const suite = parseSuite(readFileSync('tests/fixtures/search/queries.tsv', 'utf8'));
const pages = new Map<string, Page>();
const firsts = new Map<SuiteQuery, string[]>();

beforeAll(async () => {
  const b = browser();
  for (const ui of ['zh', 'en'] as const) {
    const page = await b.newPage();
    await page.goto(new URL(`${ui}/search/`, inject('siteUrl')).href);
    pages.set(ui, page);
  }
});


it('has at least 80 queries', () => expect(suite.length).toBeGreaterThanOrEqual(80));

describe.each(suite.map((q) => [`${q.query} (${q.ui})`, q] as const))('%s', (_name, q) => {
  it(`finds ${q.expected.join(' or ')} in the top 3`, async () => {
    const page = pages.get(q.ui);
    if (!page) throw new Error('no page');
    const top = (await runQuery(page, q.query)).map(unitOfHref);
    firsts.set(q, top);
    expect(top.some((u) => q.expected.includes(u)), `top 3: ${top.join(', ')}`).toBe(true);
  });
});

it('puts the expected unit first for at least 95% of queries', () => {
  const misses = suite.filter((q) => !q.expected.includes(firsts.get(q)?.[0] ?? ''));
  const rate = 1 - misses.length / suite.length;
  console.log(`query suite: ${suite.length - misses.length}/${suite.length} first (${(rate * 100).toFixed(1)}%)${misses.length ? `; misses: ${misses.map((q) => q.query).join(', ')}` : ''}`);
  expect(rate, `first-result misses: ${misses.map((q) => `${q.query} → ${firsts.get(q)?.[0] ?? 'nothing'}`).join('; ')}`).toBeGreaterThanOrEqual(0.95);
});
