/**
 * Wait until a page has had no request open for a while, counted from Playwright's own request events.
 *
 * Playwright's `networkidle` load state comes from a lifecycle event that some Chromium builds (the headless shell
 * among them) now and then never send for a heavy page, so a wait on it can hang with nothing in flight. Counting
 * the requests the test itself sees cannot.
 */
import type { Page, Request } from 'playwright-core';

export interface NetworkWatch {
  /** The URL of every request the page has made since the watch began, in order. */
  readonly requested: readonly string[];
  /** Resolve once no request has been open for `quietMs`; throw, naming what is still open, after `timeoutMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/** Start counting the page's open requests; call before the navigation to be watched. */
export function watchNetwork(page: Page): NetworkWatch {
  const open = new Set<Request>();
  const requested: string[] = [];
  let changed = Date.now();
  const settle = (request: Request): void => {
    open.delete(request);
    changed = Date.now();
  };
  page.on('request', (request) => {
    requested.push(request.url());
    open.add(request);
    changed = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return {
    requested,
    async quiet(quietMs = 500, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (open.size > 0 || Date.now() - changed < quietMs) {
        if (Date.now() > deadline) {
          throw new Error(
            `the network did not go quiet in ${timeoutMs} ms; still open: ${[...open].map((r) => r.url()).join(', ') || 'nothing'}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
