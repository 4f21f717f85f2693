/**
 * npm run bench — how long the build takes and what a reader's browser loads,
 * as medians of several runs (machines are noisy). Not a test: budgets are
 * reported PASS/FAIL and the process still succeeds. Prints Markdown tables
 * and writes bench/results.json.
 *
 *   BENCH_RUNS=5        runs per timing (default 5)
 *   BENCH_SCALE=1,10,50 documents per synthetic corpus in the scaling run ('' skips it)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { lastSearchMs, runQuery } from '../tests/tooling/search-drive.ts';
import { parseSuite, unitOfHref } from '../tests/tooling/search-suite.ts';
import { judgeBudgets } from '../bench/lib/budgets.ts';
import { corpusPlan } from '../bench/lib/corpus.ts';
import { median, medianSteps } from '../bench/lib/stats.ts';
import { markdownTable } from '../bench/lib/table.ts';
import { onDemandWeights } from '../bench/lib/on-demand.ts';
import { gzipSize, pageWeight, resourceKind, type LoadedResource, type PageWeight } from '../bench/lib/weight.ts';
import { launchChromium } from '../tests/tooling/launch-chromium.ts';
import { watchNetwork } from '../tests/tooling/network-quiet.ts';
import { serveStatic } from './lib/static-server.ts';
import { recordingProxy } from '../tests/tooling/recording-proxy.ts';
import { groupsFor, type GroupManifest } from '../src/lib/offline/groups.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = (process.env.BENCH_SCALE ?? '1,10,50').split(',').filter(Boolean).map(Number);
const PAGES = [
  ['landing', '/'],
  ['document, zh', '/zh/trade-2019/'],
  ['document, en', '/en/trade-2019/'],
  ['part, zh', '/zh/trade-2019/part-5/'],
  ['part, en', '/en/trade-2019/part-5/'],
  ['measure, zh', '/zh/trade-2019/measure-14/'],
  ['measure, en', '/en/trade-2019/measure-14/'],
] as const;
/** How long a first visit is watched after load: long enough for any background download to show. */
const IDLE_MS = 20_000;
const FIRST_VISIT_PATH = '/en/trade-2019/measure-14/';
const HAS_SEARCH_STEP = existsSync('scripts/search-index.ts');
const notes: string[] = [];
if (!HAS_SEARCH_STEP) notes.push('scripts/search-index.ts does not exist yet: the search-index step is 0 s and search is not measured.');

type Steps = { content: number; astro: number; search: number; total: number };

/** Run one build step with this Node; seconds. */
function step(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - start) / 1000;
}

/** A build into a fresh outDir, step by step; with `corpus`, from that folder's seeds and translations. */
function build(outDir: string, corpus?: string): Steps {
  const from = (dir: string): string[] => (corpus ? [`--${dir}`, join(corpus, dir)] : []);
  const content = step([
    'scripts/content.ts',
    ...from('seeds'),
    ...from('translations'),
    ...from('annotations'),
    ...from('themes'),
    ...(corpus ? ['--out', join(corpus, 'records')] : []),
  ]);
  const astro = step(
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    corpus ? { RECORDS_DIR: join(corpus, 'records') } : {},
  );
  const env = corpus ? { RECORDS_DIR: join(corpus, 'records') } : {};
  // The search index and the offline service worker are both part of `npm run build`.
  const search = HAS_SEARCH_STEP
    ? step(['scripts/search-index.ts', '--site', outDir], env) + step(['scripts/offline.ts', '--site', outDir], env)
    : 0;
  return { content, astro, search, total: content + astro + search };
}

function searchLabel(x: { lang: string; mode: 'cold' | 'warm'; serviceWorkers: 'allow' | 'block' }): string {
  return `${x.lang}, ${x.mode === 'warm' ? 'after focus' : 'cold'}, service workers ${x.serviceWorkers === 'allow' ? 'allowed' : 'blocked'}`;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Every file a route writes (pages, data and citation files), not the shared assets, search index or worker. */
function countOutputs(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => {
    if (!d.isFile()) return false;
    const path = join(d.parentPath, d.name).slice(dir.length + 1);
    return !/^(_astro|pagefind|offline)\//.test(path) && !['sw.js', 'favicon.svg'].includes(path);
  }).length;
}

/** Load a page in a fresh (cold) context and record what Chromium received and evaluated. */
async function measurePage(browser: Browser, url: string): Promise<PageWeight & { jsEvaluated: number; jsEvaluatedFiles: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ url: string; type: string; bytes: Uint8Array } | undefined>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (bytes) => ({ url: response.url(), type: response.request().resourceType(), bytes }),
        () => undefined,
      ),
    );
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  const network = watchNetwork(page);
  await page.goto(url);
  await network.quiet();
  const coverage = await page.coverage.stopJSCoverage();
  const { blocking, styles } = await page.evaluate(() => ({
    blocking: performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((e) => e.name),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const loaded: LoadedResource[] = (await Promise.all(bodies))
    .filter((b) => b !== undefined)
    .map((b) => ({ url: b.url, kind: resourceKind(b.type, b.url), bytes: b.bytes, renderBlocking: blocking.includes(b.url) }));
  await context.close();
  const origin = new URL(url).origin;
  const evaluated = coverage.filter((c) => c.url.startsWith(origin));
  return {
    ...pageWeight(loaded, styles),
    jsEvaluated: evaluated.reduce((n, c) => n + Buffer.byteLength(c.source ?? ''), 0),
    jsEvaluatedFiles: evaluated.length,
  };
}

/**
 * A measure page's first visit in a fresh context, every request counted by a
 * proxy in front of the site (so a service worker's requests count too) until
 * IDLE_MS after load.
 */
async function measureFirstVisit(
  browser: Browser,
  site: string,
  serviceWorkers: 'allow' | 'block',
): Promise<{ requests: number; afterLoad: number; gzipBytes: number }> {
  const proxy = await recordingProxy(site);
  const context = await browser.newContext({ serviceWorkers });
  try {
    const page = await context.newPage();
    await page.goto(new URL(FIRST_VISIT_PATH.slice(1), proxy.url).href, { waitUntil: 'load' });
    const loadedAt = proxy.now();
    await page.waitForTimeout(IDLE_MS);
    return {
      requests: proxy.requests.length,
      afterLoad: proxy.requests.filter((r) => r.at > loadedAt).length,
      gzipBytes: proxy.requests.reduce((n, r) => n + r.gzipBytes, 0),
    };
  } finally {
    await context.close();
    await proxy.close();
  }
}

/** What saving one document for offline reading downloads: its group and the shared one, from the build's manifests. */
function offlineSave(site: string, doc: string): { doc: string; files: number; bytes: number; gzipBytes: number } {
  const groups = groupsFor(doc).map(
    (g) => JSON.parse(readFileSync(join(site, 'offline', `${g}.json`), 'utf8')) as GroupManifest & { gzipBytes: number },
  );
  return {
    doc,
    files: groups.reduce((n, g) => n + g.entries.length, 0),
    bytes: groups.reduce((n, g) => n + g.bytes, 0),
    gzipBytes: groups.reduce((n, g) => n + g.gzipBytes, 0),
  };
}

/**
 * A first search in a fresh context, through the real search page: submit a
 * query and time it to rendered results with the page's own performance
 * marks. `warm` focuses the search box first (which loads the engine, as a
 * reader's first click does) and waits before typing; cold submits at once.
 * Service workers are allowed, as a first-time visitor's browser has them, or blocked.
 */
async function measureSearch(
  browser: Browser,
  site: string,
  lang: 'zh' | 'en',
  query: string,
  warm: boolean,
  serviceWorkers: 'allow' | 'block',
): Promise<{ ms: number; gzipBytes: number }> {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const network = watchNetwork(page);
  await page.goto(new URL(`${lang}/search/`, site).href);
  await network.quiet();
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.includes('/pagefind/')) bodies.push(r.body().then(gzipSize, () => 0));
  });
  if (warm) {
    await page.focus('#q');
    await page.waitForTimeout(500);
  }
  await runQuery(page, query);
  const ms = await lastSearchMs(page);
  await network.quiet();
  const gzipBytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, gzipBytes };
}

/** The query suite through the search page: how often the expected unit is first, and in the top 3. */
async function measureSuite(browser: Browser, site: string): Promise<{ queries: number; first: number; top3: number }> {
  const suite = parseSuite(readFileSync('tests/fixtures/search/queries.tsv', 'utf8'));
  const pages = new Map<string, Page>();
  let first = 0;
  let top3 = 0;
  for (const q of suite) {
    let page = pages.get(q.ui);
    if (!page) {
      page = await browser.newPage();
      await page.goto(new URL(`${q.ui}/search/`, site).href);
      pages.set(q.ui, page);
    }
    const units = (await runQuery(page, q.query)).map(unitOfHref);
    if (q.expected.includes(units[0] ?? '')) first += 1;
    if (units.some((u) => q.expected.includes(u))) top3 += 1;
  }
  for (const page of pages.values()) await page.close();
  return { queries: suite.length, first, top3 };
}

const scratch = mkdtempSync(join(tmpdir(), 'edition-bench-'));
try {
  // 1. Clean builds, each into a folder that does not exist yet.
  const cleanRuns: Steps[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(scratch, `clean-${i}`);
    cleanRuns.push(build(out));
    if (i > 0) rmSync(out, { recursive: true, force: true });
    console.error(`clean build ${i + 1}/${RUNS}: ${cleanRuns.at(-1)?.total.toFixed(2)} s`);
  }
  const site = join(scratch, 'clean-0');
  const cleanBuild = { ...medianSteps(cleanRuns), pages: countPages(site) };

  // 2. What each page type costs in Chromium, and the first search.
  const server = await serveStatic(site);
  const browser = await launchChromium();
  const pages: ({ page: string; path: string } & Awaited<ReturnType<typeof measurePage>>)[] = [];
  const searches: {
    lang: 'zh' | 'en';
    query: string;
    mode: 'cold' | 'warm';
    serviceWorkers: 'allow' | 'block';
    ms: number;
    gzipBytes: number;
  }[] = [];
  const firstVisits: { serviceWorkers: 'allow' | 'block'; requests: number; afterLoad: number; gzipBytes: number }[] = [];
  const saving = HAS_SEARCH_STEP ? offlineSave(site, 'trade-2019') : undefined;
  let suite: { queries: number; first: number; top3: number } | undefined;
  try {
    for (const [name, path] of PAGES)
      pages.push({ page: name, path, ...(await measurePage(browser, new URL(path.slice(1), server.url).href)) });
    for (const [lang, query] of [
      ['zh', '跨境电商'],
      ['en', 'single window'],
    ] as const) {
      for (const [mode, serviceWorkers] of [
        ['cold', 'allow'],
        ['cold', 'block'],
        ['warm', 'allow'],
      ] as const) {
        const samples = [];
        for (let i = 0; i < RUNS; i++) samples.push(await measureSearch(browser, server.url, lang, query, mode === 'warm', serviceWorkers));
        searches.push({
          lang,
          query,
          mode,
          serviceWorkers,
          ms: median(samples.map((x) => x.ms)),
          gzipBytes: median(samples.map((x) => x.gzipBytes)),
        });
      }
    }
    for (const serviceWorkers of ['allow', 'block'] as const) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measureFirstVisit(browser, server.url, serviceWorkers));
      firstVisits.push({
        serviceWorkers,
        requests: median(samples.map((x) => x.requests)),
        afterLoad: median(samples.map((x) => x.afterLoad)),
        gzipBytes: median(samples.map((x) => x.gzipBytes)),
      });
      console.error(`first visit, service workers ${serviceWorkers}: ${firstVisits.at(-1)?.requests} requests`);
    }
    suite = await measureSuite(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }

  // 3. Scaling: synthetic corpora of n full-size documents.
  const scaling: { documents: number; pages: number; outputs: number; buildS: number; perPageMs: number }[] = [];
  for (const n of SCALE) {
    const corpus = join(scratch, `corpus-${n}`);
    const plan = corpusPlan(n);
    for (const [dir, files, from] of [
      ['seeds', plan.seeds, 'seeds'],
      ['translations', plan.translations, 'content/translations'],
      ['themes', plan.themes, 'content/themes'],
    ] as const) {
      mkdirSync(join(corpus, dir), { recursive: true });
      for (const f of files) copyFileSync(join(from, f.from), join(corpus, dir, f.to));
    }
    for (const f of plan.annotations) cpSync(join('content/annotations', f.from), join(corpus, 'annotations', f.to), { recursive: true });
    const totals: number[] = [];
    let pageCount = 0;
    let outputCount = 0;
    for (let i = 0; i < RUNS; i++) {
      const out = join(corpus, `dist-${i}`);
      totals.push(build(out, corpus).total);
      pageCount = countPages(out);
      outputCount = countOutputs(out);
      rmSync(out, { recursive: true, force: true });
      console.error(`${n} document(s), build ${i + 1}/${RUNS}: ${totals.at(-1)?.toFixed(2)} s`);
    }
    const buildS = median(totals);
    // Per page counts every file a route writes: a document has 443 HTML pages but also ~1,300 citation files.
    scaling.push({ documents: n, pages: pageCount, outputs: outputCount, buildS, perPageMs: (buildS * 1000) / outputCount });
  }

  const measures = pages.filter((p) => p.page.startsWith('measure'));
  const heaviest = measures.reduce((a, b) => (b.total > a.total ? b : a));
  // Chinese queries load the Han vocabulary; Latin ones the English words and, for a word the translation does not use, pinyin.
  const onDemand = onDemandWeights(site);
  const vocab = (name: string): number => onDemand.vocabulary[name] ?? 0;
  const budgets = judgeBudgets({
    cleanBuildS: cleanBuild.total,
    fiftyDocsS: scaling.find((s) => s.documents === 50)?.buildS,
    perPageAt1Ms: scaling.find((s) => s.documents === 1)?.perPageMs,
    perPageAt50Ms: scaling.find((s) => s.documents === 50)?.perPageMs,
    measurePage: {
      totalGzip: heaviest.total,
      renderBlockingScripts: Math.max(...measures.map((m) => m.renderBlockingScripts)),
      fontFiles: heaviest.fontFiles,
      htmlGzip: Math.max(...measures.map((m) => m.html)),
    },
    firstVisits: firstVisits.map((v) => ({
      label: `service workers ${v.serviceWorkers === 'allow' ? 'allowed' : 'blocked'}`,
      requests: v.requests,
      gzipBytes: v.gzipBytes,
    })),
    fontFilesAnywhere: pages.reduce((n, p) => n + p.fontFiles, 0),
    onDemand: {
      wordDataGzip: Math.max(0, ...onDemand.wordData.map((w) => w.gzipBytes)),
      vocabularyGzip: { zh: vocab('han'), en: vocab('en') + vocab('pinyin') },
    },
    firstSearches: searches.map((x) => ({ label: searchLabel(x), gzipBytes: x.gzipBytes, ms: x.ms })),
    suite,
  });

  const s = (v: number): string => v.toFixed(2);
  const kb = (v: number): string => (v / 1024).toFixed(1);
  const report = [
    `Medians of ${RUNS} runs.`,
    '',
    markdownTable(
      ['clean build', 'content (s)', 'Astro (s)', 'search index + offline (s)', 'total (s)', 'pages'],
      [
        [
          '',
          s(cleanBuild.content),
          s(cleanBuild.astro),
          HAS_SEARCH_STEP ? s(cleanBuild.search) : 'n/a',
          s(cleanBuild.total),
          cleanBuild.pages,
        ],
      ],
    ),
    '',
    markdownTable(
      [
        'page (gzip KB)',
        'HTML',
        'of which inline CSS',
        'CSS files',
        'JS files',
        'other',
        'total',
        'requests',
        'JS evaluated on load',
        'render-blocking JS',
        'fonts',
      ],
      pages.map((p) => [
        `${p.page} \`${p.path}\``,
        kb(p.html),
        kb(p.inlineCss),
        kb(p.css),
        kb(p.js),
        kb(p.other),
        kb(p.total),
        p.requests,
        `${p.jsEvaluatedFiles} file(s), ${kb(p.jsEvaluated)} KB raw`,
        p.renderBlockingScripts,
        p.fontFiles,
      ]),
    ),
    '',
    searches.length
      ? markdownTable(
          ['first search on the search page', 'service workers', 'query', 'time (ms)', 'gzip KB'],
          searches.map((x) => [
            `${x.lang}, ${x.mode === 'warm' ? 'box focused first (engine loads on focus)' : 'cold (query submitted at once)'}`,
            x.serviceWorkers === 'allow' ? 'allowed' : 'blocked',
            x.query,
            Math.round(x.ms),
            kb(x.gzipBytes),
          ]),
        )
      : 'First search: not measured (no search index).',
    '',
    markdownTable(
      [
        `first visit of \`${FIRST_VISIT_PATH}\`, fresh browser, until ${IDLE_MS / 1000} s after load`,
        'requests',
        'of which after load',
        'gzip KB',
      ],
      firstVisits.map((v) => [
        `service workers ${v.serviceWorkers === 'allow' ? 'allowed' : 'blocked'}`,
        v.requests,
        v.afterLoad,
        kb(v.gzipBytes),
      ]),
    ),
    '',
    saving
      ? markdownTable(
          ['save for offline reading', 'files', 'download (gzip MB)', 'stored (MB)'],
          [[saving.doc, saving.files, (saving.gzipBytes / 1e6).toFixed(2), (saving.bytes / 1e6).toFixed(2)]],
        )
      : 'Saving offline: not measured (no offline step).',
    '',
    suite ? `Query suite: ${suite.first}/${suite.queries} first, ${suite.top3}/${suite.queries} in the top 3.` : 'Query suite: not run.',
    '',
    // Per page includes the fixed start-up of each step; the marginal cost is what one more page adds.
    SCALE.length
      ? markdownTable(
          ['documents', 'HTML pages', 'files written by routes', 'build (s)', 'per file (ms)', 'marginal per file (ms)'],
          scaling.map((r) => {
            const first = scaling[0];
            const marginal = first && r.outputs > first.outputs ? s(((r.buildS - first.buildS) * 1000) / (r.outputs - first.outputs)) : '–';
            return [r.documents, r.pages, r.outputs, s(r.buildS), s(r.perPageMs), marginal];
          }),
        )
      : 'Scaling: not run.',
    '',
    markdownTable(
      ['budget', 'measured', 'limit', 'verdict'],
      budgets.map((b) => [b.budget, b.measured, b.limit, b.verdict]),
    ),
    ...(notes.length ? ['', ...notes.map((n) => `Note: ${n}`)] : []),
  ].join('\n');
  console.log(report);

  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ runs: RUNS, node: process.version, cleanBuild, pages, searches, firstVisits, offlineSave: saving ?? null, suite: suite ?? null, scaling, budgets, notes }, null, 1)}\n`,
  );
  console.error('wrote bench/results.json');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
