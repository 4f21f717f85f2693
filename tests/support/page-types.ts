/**
 * One page of each type, in each language: the pages the browser gates
 * (accessibility, other origins, CSP, narrow screens) visit. Adding a page
 * type is one line here; `prepare` puts a page in the state to check (a gloss
 * open, search results shown).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

export interface PageType {
  /** What the page is, as it reads in a test name. */
  readonly name: string;
  /** Its site path, without the base. */
  readonly path: string;
  /** Put the page in the state to check, after it loads: a gloss open, a search run. */
  readonly prepare?: (page: Page) => Promise<void>;
  /**
   * Regions a page-wide accessibility scan may skip because they only repeat what the same page shows before
   * them (the full text's later parts, built by the same components as its first two; the word index's later
   * rows). They stay in every other gate.
   */
  readonly repeats?: readonly string[];
}

/** Open a gloss as a reader does: click the first annotated term, wait for its popover. */
const openGloss = async (page: Page): Promise<void> => {
  await page.locator('main .t a.a').first().click();
  await page.locator('#gloss-pop:popover-open').waitFor();
};

/** Turn on the pinyin and traditional views and open a word's popover, as a reader does. */
const readWithAids = async (page: Page): Promise<void> => {
  // On a phone the aids fold behind one switch.
  if (await page.locator('.aids-toggle').isVisible()) await page.locator('.aids-toggle').click();
  await page.check('#show-pinyin');
  await page.check('#show-trad');
  await page.locator('main .t[data-w] ruby').first().waitFor();
  await page.locator('main .t[data-w] a:not(.a)').first().click();
  await page.locator('.word-pop:popover-open').waitFor();
};

/** Run a search so results and facets are on the page. */
const search =
  (query: string) =>
  async (page: Page): Promise<void> => {
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    await page.waitForFunction((q) => document.getElementById('results')?.dataset.query === q, query);
  };

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'landing (bilingual)', path: '/' },
  { name: 'document, zh', path: '/zh/trade-2019/', repeats: ['#p3', '#p4', '#p5', '#p6', '#p7', '#p8'] },
  { name: 'document, en', path: '/en/trade-2019/', repeats: ['#p3', '#p4', '#p5', '#p6', '#p7', '#p8'] },
  { name: 'part, zh', path: '/zh/trade-2019/part-5/' },
  { name: 'part, en', path: '/en/trade-2019/part-5/' },
  // A measure page as it first shows, plus a gloss: its popover adds to the page and takes nothing away.
  { name: 'measure with a gloss open, zh', path: '/zh/trade-2019/measure-22/', prepare: openGloss },
  { name: 'measure with a gloss open, en', path: '/en/trade-2019/measure-22/', prepare: openGloss },
  { name: 'glossary, zh', path: '/zh/trade-2019/terms/' },
  { name: 'glossary, en', path: '/en/trade-2019/terms/' },
  { name: 'term, zh', path: '/zh/trade-2019/terms/cross-border-e-commerce/' },
  { name: 'term, en', path: '/en/trade-2019/terms/single-window/' },
  { name: 'themes, zh', path: '/zh/trade-2019/themes/' },
  { name: 'theme, en', path: '/en/trade-2019/themes/digital-trade-and-e-commerce/' },
  { name: 'search with results, zh', path: '/zh/search/', prepare: search('跨境电商') },
  { name: 'search with results, en', path: '/en/search/', prepare: search('single window') },
  { name: 'data, zh', path: '/zh/trade-2019/data/' },
  { name: 'data, en', path: '/en/trade-2019/data/' },
  { name: 'sentence, zh', path: '/zh/trade-2019/measure-14/s2/' },
  { name: 'sentence, en', path: '/en/trade-2019/measure-14/s2/' },
  { name: 'changes, en', path: '/en/trade-2019/changes/' },
  { name: 'measure with pinyin, traditional and a word open, zh', path: '/zh/trade-2019/measure-14/', prepare: readWithAids },
  { name: 'measure with pinyin, traditional and a word open, en', path: '/en/trade-2019/measure-14/', prepare: readWithAids },
  { name: 'words, zh', path: '/zh/trade-2019/words/', repeats: ['.term-list > li:nth-child(n+41)'] },
  { name: 'words, en', path: '/en/trade-2019/words/', repeats: ['.term-list > li:nth-child(n+41)'] },
  { name: 'word with a termbase entry, zh', path: '/zh/trade-2019/words/外贸/' },
  { name: 'word not in the dictionary, en', path: '/en/trade-2019/words/新业/' },
];

/** True when the built site has this page. */
export function isBuilt(path: string, dist = inject('distDir')): boolean {
  return existsSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''));
}

/**
 * Each page type as [test name, page, built]. A listed page that is missing
 * from the build is a failure, not a skip: a gate must never pass by
 * checking nothing.
 */
export function pageCases(): [string, PageType, boolean][] {
  return PAGE_TYPES.map((page) => {
    if (!isBuilt(page.path)) throw new Error(`page type "${page.name}" expects ${page.path}, which is not in the built site`);
    return [`${page.name} ${page.path}`, page, true];
  });
}
