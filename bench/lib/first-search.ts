/**
 * The first search on a site's own search interface, as a first-time reader on a phone makes it: a fresh browser
 * context (cold cache, service workers allowed), a 375×812 viewport, the page loaded and quiet; then the reader
 * opens the search (clicks the box, or the search button), enters the query at once and presses Enter. The time is
 * taken in the page, from the query's `input` event to the first result title on screen, by the same observer on
 * both sites, so the two figures compare.
 *
 * Where the time goes is read from the requests the page and its workers made after the search was opened (what
 * was fetched when, relative to the query), grouped by what each file is for, and from the edition's own
 * `search:*` performance marks.
 */
import type { Browser, Page } from 'playwright-core';
import { watchNetwork } from '../../tests/tooling/network-quiet.ts';
import { gzipSize } from './weight.ts';

export interface SearchUi {
  /** The page whose search is used, relative to the site's root. */
  readonly path: string;
  /** How the reader opens the search. */
  readonly open: (page: Page) => Promise<void>;
  readonly input: string;
  /** A result's title link, present once the result is drawn with its text. */
  readonly result: string;
  /**
   * How long the interface waits after typing before it searches (the edition searches at once on Enter;
   * Pagefind's default interface waits `debounceTimeoutMs`, 300 ms, preloading the index meanwhile).
   */
  readonly inputDelayMs: number;
}

export const EDITION_UI = (lang: 'zh' | 'en'): SearchUi => ({
  path: `${lang}/search/`,
  open: (page) => page.click('#q'),
  input: '#q',
  result: '#results a.result-title',
  inputDelayMs: 0,
});

/** Starlight's search: a button that opens a dialog with Pagefind's default interface, its input focused. */
export const STARLIGHT_UI = (lang: 'zh' | 'en'): SearchUi => ({
  path: lang === 'zh' ? '' : 'en/',
  open: (page) => page.click('button[data-open-modal]'),
  input: '#starlight__search input',
  result: '#starlight__search .pagefind-ui__result-link',
  inputDelayMs: 300,
});

/** What a file fetched for a search is for. */
export type SearchFileKind = 'engine' | 'vocabulary' | 'index' | 'fragments' | 'filters' | 'interface' | 'other';

export function searchFileKind(url: string): SearchFileKind {
  const path = new URL(url).pathname;
  if (/\/vocabulary-[^/]+\.json$/.test(path)) return 'vocabulary';
  if (/pagefind(-entry\.json|\.js|-worker\.js)$|\/wasm\.[^/]+\.pagefind$|\.pf_meta$/.test(path)) return 'engine';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (/pagefind-(component-|modular-)?ui\.(js|css)$|\/_astro\/.*\.(js|css)$/.test(path)) return 'interface';
  return 'other';
}

export interface Span {
  readonly kind: SearchFileKind;
  readonly files: number;
  /** First request start and last response end, ms after the query was entered (negative: before it). */
  readonly start: number;
  readonly end: number;
}

export interface FirstSearch {
  /** ms from the query's input event to the first result on screen. */
  readonly ms: number;
  /** `ms` less the interface's own input delay. */
  readonly afterDelayMs: number;
  /** gzip bytes of everything fetched from opening the search to the first result. */
  readonly gzipBytes: number;
  /** Files fetched from opening the search to the first result, grouped by kind. */
  readonly spans: readonly Span[];
  /** The edition's `search:*` marks, ms after the query was entered. */
  readonly marks: Readonly<Record<string, number>>;
}

/** Group resource timings (already relative to the query) by kind. */
export function spansOf(entries: readonly { url: string; start: number; end: number }[]): Span[] {
  const byKind = new Map<SearchFileKind, { files: number; start: number; end: number }>();
  for (const e of entries) {
    const kind = searchFileKind(e.url);
    const span = byKind.get(kind);
    if (span) byKind.set(kind, { files: span.files + 1, start: Math.min(span.start, e.start), end: Math.max(span.end, e.end) });
    else byKind.set(kind, { files: 1, start: e.start, end: e.end });
  }
  return [...byKind].map(([kind, s]) => ({ kind, ...s })).sort((a, b) => a.start - b.start);
}

export async function firstSearch(browser: Browser, site: string, ui: SearchUi, query: string): Promise<FirstSearch> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 }, isMobile: true });
  try {
    const page = await context.newPage();
    const network = watchNetwork(page);
    await page.goto(new URL(ui.path, site).href);
    await network.quiet();
    // The observer is in place before the reader acts; it notes the query's input event and the first result.
    await page.evaluate((result) => {
      const w = window as unknown as { benchEntered?: number; benchShown?: Promise<number>; benchOpened: number };
      w.benchOpened = performance.now();
      document.addEventListener('input', () => (w.benchEntered ??= performance.now()), { capture: true });
      w.benchShown = new Promise((resolve) => {
        const seen = (): boolean => {
          const link = document.querySelector(result);
          return link !== null && (link.textContent ?? '').trim() !== '';
        };
        new MutationObserver((_, observer) => {
          if (!seen()) return;
          observer.disconnect();
          resolve(performance.now());
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, ui.result);
    // Playwright sees the requests of the page and of its workers (Pagefind fetches from a worker).
    const requests: Promise<{ url: string; start: number; end: number; gzipBytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      requests.push(
        request.response().then(async (response) => {
          const t = request.timing();
          const body = await response?.body().catch(() => undefined);
          return { url: request.url(), start: t.startTime, end: t.startTime + t.responseEnd, gzipBytes: body ? gzipSize(body) : 0 };
        }),
      );
    });
    await ui.open(page);
    await page.fill(ui.input, query);
    await page.press(ui.input, 'Enter');
    const timing = await page.evaluate(async () => {
      const w = window as unknown as { benchEntered: number; benchShown: Promise<number>; benchOpened: number };
      const shown = await w.benchShown;
      const t0 = w.benchEntered;
      const marks = Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('search:') && m.startTime >= w.benchOpened)
          .map((m) => [m.name.replace(/:\d+$/, ''), m.startTime - t0]),
      );
      return { ms: shown - t0, t0Epoch: performance.timeOrigin + t0, shownEpoch: performance.timeOrigin + shown, marks };
    });
    const fetched = (await Promise.all(requests)).filter((r) => r.start <= timing.shownEpoch);
    return {
      ms: timing.ms,
      afterDelayMs: timing.ms - ui.inputDelayMs,
      gzipBytes: fetched.reduce((n, r) => n + r.gzipBytes, 0),
      spans: spansOf(fetched.map((r) => ({ url: r.url, start: r.start - timing.t0Epoch, end: r.end - timing.t0Epoch }))),
      marks: timing.marks,
    };
  } finally {
    await context.close();
  }
}
