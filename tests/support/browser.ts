/**
 * One headless Chromium per test file (launched in beforeAll, closed in
 * afterAll), always through the project's launcher so the closed-network
 * flags apply. Tests open their own contexts, so state never leaks between them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../tooling/launch-chromium.ts';

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is only available inside tests');
    return browser;
  };
}

/** The served site's URL for a site path such as `/en/trade-2019/measure-14/#s2` (`site`: another served build). */
export function urlOf(path: string, site = inject('siteUrl')): string {
  return new URL(path.replace(/^\//, ''), site).href;
}

/** The served site's origin (`http://127.0.0.1:PORT`). */
export function siteOrigin(site = inject('siteUrl')): string {
  return new URL(site).origin;
}

/** Run `use` with a fresh context and page, closing both afterwards even when it throws. */
export async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Open every citation disclosure on the page (what a reader does before copying one). */
export async function openCitations(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}
