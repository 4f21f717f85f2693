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
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runQuery } from '../tests/tooling/search-drive.ts';
import { parseSuite, unitOfHref } from '../tests/tooling/search-suite.ts';
import { judgeBudgets, judgeScaling, type BudgetRow } from '../bench/lib/budgets.ts';
import { corpusPlan } from '../bench/lib/corpus.ts';
import { median, medianSteps } from '../bench/lib/stats.ts';
import { markdownTable } from '../bench/lib/table.ts';
import { onDemandWeights } from '../bench/lib/on-demand.ts';
import { gzipSize, pageWeight, resourceKind, type LoadedResource, type PageWeight } from '../bench/lib/weight.ts';
import { launchChromium } from '../tests/tooling/launch-chromium.ts';
import { EDITION_UI, STARLIGHT_UI, firstSearch, type FirstSearch, type Span } from '../bench/lib/first-search.ts';
import { PEER_VERSIONS, buildPeer } from '../bench/peer.ts';
import { watchNetwork } from '../tests/tooling/network-quiet.ts';
import { serveStatic } from './lib/static-server.ts';
import { recordingProxy } from '../tests/tooling/recording-proxy.ts';
import { groupsFor, type GroupManifest } from '../src/lib/offline/groups.ts';
import { TEST_ORIGIN } from '../tests/support/origin.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = (process.env.BENCH_SCALE ?? '1,10,50').split(',').filter(Boolean).map(Number);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? RUNS);
/** `scale`: only the scaling run, merged into the existing bench/results.json (the other figures are kept). */
const ONLY = process.env.BENCH_ONLY;
const RESULTS = 'bench/results.json';
const SCALING_NOTE = 'The scaling figures are from';
/** Every page type, in both interfaces (one page each: pages of a type share their template and assets). */
const PAGE_TYPES = [
  ['landing', '/'],
  ['language home', '/{lang}/'],
  ['document', '/{lang}/trade-2019/'],
  ['part', '/{lang}/trade-2019/part-5/'],
  ['measure', '/{lang}/trade-2019/measure-14/'],
  ['sentence', '/{lang}/trade-2019/measure-14/s2/'],
  ['themes', '/{lang}/trade-2019/themes/'],
  ['theme', '/{lang}/trade-2019/themes/belt-and-road/'],
  ['terms', '/{lang}/trade-2019/terms/'],
  ['term', '/{lang}/trade-2019/terms/africa/'],
  ['words', '/{lang}/trade-2019/words/'],
  ['word', '/{lang}/trade-2019/words/贸易/'],
  ['changes', '/{lang}/trade-2019/changes/'],
  ['data', '/{lang}/trade-2019/data/'],
  ['search', '/{lang}/search/'],
  ['not found', '/404.html'],
] as const;
const PAGES: (readonly [string, string])[] = PAGE_TYPES.flatMap(([type, path]): (readonly [string, string])[] =>
  path.includes('{lang}')
    ? (['zh', 'en'] as const).map((lang) => [`${type}, ${lang}`, path.replace('{lang}', lang)] as const)
    : [[type, path]],
);
/** At least 7 alternating pairs for the first search against the peer, however few runs the rest uses. */
const SEARCH_RUNS = Math.max(7, RUNS);
const SEARCH_QUERIES = [
  ['zh', '跨境电商'],
  ['en', 'single window'],
] as const;
/** How long a first visit is watched after load: long enough for any background download to show. */
const IDLE_MS = 20_000;
const FIRST_VISIT_PATH = '/en/trade-2019/measure-14/';
const HAS_SEARCH_STEP = existsSync('scripts/search-index.ts');
const notes: string[] = [];
if (!HAS_SEARCH_STEP) notes.push('scripts/search-index.ts does not exist yet: the search-index step is 0 s and search is not measured.');

type Steps = { content: number; astro: number; search: number; offline: number; total: number };

/** Run one build step with this Node; seconds. */
function step(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  // Built as a deploy is, with an origin (as the tests build it): without one the build is a preview, with its banner.
  const site = { SITE: process.env.SITE ?? TEST_ORIGIN };
  const run = spawnSync(process.execPath, args, {
    env: { ...process.env, ...site, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
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
  // The search index and the offline files are both part of `npm run build`.
  const search = HAS_SEARCH_STEP ? step(['scripts/search-index.ts', '--site', outDir], env) : 0;
  const offline = HAS_SEARCH_STEP ? step(['scripts/offline.ts', '--site', outDir], env) : 0;
  return { content, astro, search, offline, total: content + astro + search + offline };
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
type Measured = PageWeight & {
  jsEvaluated: number;
  jsEvaluatedFiles: number;
  /** The scripts evaluated on load, by file: their size and how much of it ran (characters of the bundled file). */
  scripts: { file: string; bytes: number; ran: number }[];
  /** gzip bytes of the CSS rules the page used on load (Chromium's CSS coverage): what a stylesheet for this page type would need at least. */
  cssUsed: number;
};

/**
 * How much of a script ran on load, from V8's block coverage: ranges come outer first, an inner range's count
 * overrides its outer one's, so marking them in order leaves each character marked by the innermost range.
 */
function ranOnLoad(entry: {
  source?: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}): number {
  const ran = new Uint8Array((entry.source ?? '').length);
  const ranges = entry.functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  return ran.reduce((n, x) => n + x, 0);
}

async function measurePage(browser: Browser, url: string): Promise<Measured> {
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
  await page.coverage.startCSSCoverage({ resetOnNavigation: false });
  const network = watchNetwork(page);
  await page.goto(url);
  await network.quiet();
  const coverage = await page.coverage.stopJSCoverage();
  const cssCoverage = await page.coverage.stopCSSCoverage();
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
    scripts: evaluated.map((c) => ({ file: new URL(c.url).pathname, bytes: (c.source ?? '').length, ran: ranOnLoad(c) })),
    cssUsed: gzipSize(cssCoverage.map((c) => c.ranges.map((r) => (c.text ?? '').slice(r.start, r.end)).join('\n')).join('\n')),
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

/** The size the "save for offline reading" button states on a built page, and the one the README states. */
function statedOfflineSizes(site: string, doc: string): { button: string; readme: string[] } {
  const html = readFileSync(join(site, 'en', doc, 'index.html'), 'utf8');
  const button = new RegExp(`data-offline-size="${doc}">([^<]*)<`).exec(html)?.[1] ?? 'not found';
  const readme = [...readFileSync('README.md', 'utf8').matchAll(/Save for offline reading \(([^)]+)\)|离线保存（([^）]+)）/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return { button, readme };
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

interface SearchComparison {
  lang: 'zh' | 'en';
  query: string;
  edition: { ms: number; samples: number[]; gzipBytes: number };
  peer: { ms: number; afterDelayMs: number; samples: number[] };
  /** Edition over peer, both as the reader sees them (each interface's own input delay included). */
  ratio: number;
  /** Edition over the peer's time less its 300 ms input delay: the stricter comparison. */
  ratioAfterDelay: number;
  /** Where the edition's time goes (medians over the runs, ms after the query was entered). */
  breakdown: { spans: { kind: string; files: number; start: number; end: number }[]; marks: Record<string, number> };
  /** The same for the peer. */
  peerBreakdown: { spans: { kind: string; files: number; start: number; end: number }[] };
}

/** Median span of each kind over several runs (a kind missing from a run is left out of that kind's median). */
function medianSpans(runs: readonly (readonly Span[])[]): SearchComparison['breakdown']['spans'] {
  const kinds = [...new Set(runs.flatMap((r) => r.map((x) => x.kind)))];
  return kinds
    .map((kind) => {
      const of = runs.flatMap((r) => r.filter((x) => x.kind === kind));
      return {
        kind,
        files: median(of.map((x) => x.files)),
        start: median(of.map((x) => x.start)),
        end: median(of.map((x) => x.end)),
      };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * The first search on the edition's search page and on the peer's, in one run, alternating edition and peer
 * SEARCH_RUNS times per query, each in a fresh context (bench/lib/first-search.ts).
 */
async function compareSearch(browser: Browser, edition: string, peer: string): Promise<SearchComparison[]> {
  const out: SearchComparison[] = [];
  for (const [lang, query] of SEARCH_QUERIES) {
    const ed: FirstSearch[] = [];
    const pe: FirstSearch[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      ed.push(await firstSearch(browser, edition, EDITION_UI(lang), query));
      pe.push(await firstSearch(browser, peer, STARLIGHT_UI(lang), query));
      console.error(
        `first search ${lang} ${i + 1}/${SEARCH_RUNS}: edition ${Math.round(ed.at(-1)?.ms ?? 0)} ms, peer ${Math.round(pe.at(-1)?.ms ?? 0)} ms`,
      );
    }
    const ms = median(ed.map((x) => x.ms));
    const peerMs = median(pe.map((x) => x.ms));
    const peerAfterDelay = median(pe.map((x) => x.afterDelayMs));
    const markNames = [...new Set(ed.flatMap((x) => Object.keys(x.marks)))];
    out.push({
      lang,
      query,
      edition: { ms, samples: ed.map((x) => Math.round(x.ms)), gzipBytes: median(ed.map((x) => x.gzipBytes)) },
      peer: { ms: peerMs, afterDelayMs: peerAfterDelay, samples: pe.map((x) => Math.round(x.ms)) },
      ratio: ms / peerMs,
      ratioAfterDelay: ms / peerAfterDelay,
      breakdown: {
        spans: medianSpans(ed.map((x) => x.spans)),
        marks: Object.fromEntries(markNames.map((m) => [m, median(ed.flatMap((x) => (x.marks[m] === undefined ? [] : [x.marks[m]])))])),
      },
      peerBreakdown: { spans: medianSpans(pe.map((x) => x.spans)) },
    });
  }
  return out;
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

/** One corpus size; `steps` is missing from runs recorded before the steps were timed apart. */
type Scaled = { documents: number; pages: number; outputs: number; buildS: number; perPageMs: number; steps?: Steps };

/** Scaling: synthetic corpora of n full-size documents, each built SCALE_RUNS times (a 50-document build is long). */
function scale(scratch: string): Scaled[] {
  const scaling: Scaled[] = [];
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
    const runs: Steps[] = [];
    let pageCount = 0;
    let outputCount = 0;
    for (let i = 0; i < SCALE_RUNS; i++) {
      const out = join(corpus, `dist-${i}`);
      runs.push(build(out, corpus));
      pageCount = countPages(out);
      outputCount = countOutputs(out);
      rmSync(out, { recursive: true, force: true });
      console.error(`${n} document(s), build ${i + 1}/${SCALE_RUNS}: ${runs.at(-1)?.total.toFixed(2)} s`);
    }
    const steps = medianSteps(runs);
    const buildS = steps.total;
    // Per page counts every file a route writes: a document has 443 HTML pages but also ~1,300 citation files.
    scaling.push({ documents: n, pages: pageCount, outputs: outputCount, buildS, perPageMs: (buildS * 1000) / outputCount, steps });
    rmSync(corpus, { recursive: true, force: true });
  }
  return scaling;
}

/** Machine load when a run starts and ends: the figures mean little on a busy machine, so they say how busy it was. */
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

const scratch = mkdtempSync(join(tmpdir(), 'edition-bench-'));
if (ONLY === 'scale') {
  try {
    const loadBefore = load();
    const started = new Date().toISOString();
    const fresh = scale(scratch);
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
      scaling?: Scaled[];
      scalingRun?: unknown;
      budgets?: BudgetRow[];
      notes?: string[];
    };
    // With BENCH_SCALE='' nothing is built: the recorded scaling run is only judged again.
    const scaling = fresh.length > 0 ? fresh : (previous.scaling ?? []);
    const scalingRun = fresh.length > 0 ? { started, runs: SCALE_RUNS, loadBefore, loadAfter: load() } : previous.scalingRun;
    const judged = judgeScaling({
      fiftyDocsS: scaling.find((s) => s.documents === 50)?.buildS,
      perPageAt1Ms: scaling.find((s) => s.documents === 1)?.perPageMs,
      perPageAt50Ms: scaling.find((s) => s.documents === 50)?.perPageMs,
    });
    const budgets = (previous.budgets ?? []).map((b) => judged.find((j) => j.budget === b.budget) ?? b);
    const notes = [
      ...(previous.notes ?? []).filter((n) => !n.startsWith(SCALING_NOTE)),
      `${SCALING_NOTE} a separate run: ${JSON.stringify(scalingRun)}.`,
    ];
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, scaling, scalingRun, budgets, notes }, null, 1)}\n`);
    console.error(`wrote the scaling run into ${RESULTS}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(0);
}
try {
  const loadBefore = load();
  // 1. Clean builds, each into a folder that does not exist yet; and the peer, built by its own script.
  const cleanRuns: Steps[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(scratch, `clean-${i}`);
    cleanRuns.push(build(out));
    if (i > 0) rmSync(out, { recursive: true, force: true });
    console.error(`clean build ${i + 1}/${RUNS}: ${cleanRuns.at(-1)?.total.toFixed(2)} s`);
  }
  const site = join(scratch, 'clean-0');
  const cleanBuild = { ...medianSteps(cleanRuns), pages: countPages(site) };
  const peerStart = performance.now();
  const peerSite = buildPeer();
  const peerBuildS = (performance.now() - peerStart) / 1000;
  console.error(`peer built in ${peerBuildS.toFixed(1)} s`);

  // 2. What each page type costs in Chromium, and the first search against the peer.
  const server = await serveStatic(site);
  const peerServer = await serveStatic(peerSite);
  const browser = await launchChromium();
  const pages: ({ page: string; path: string } & Measured)[] = [];
  let searches: SearchComparison[] = [];
  const firstVisits: { serviceWorkers: 'allow' | 'block'; requests: number; afterLoad: number; gzipBytes: number }[] = [];
  const saving = HAS_SEARCH_STEP ? offlineSave(site, 'trade-2019') : undefined;
  const stated = HAS_SEARCH_STEP ? statedOfflineSizes(site, 'trade-2019') : undefined;
  let suite: { queries: number; first: number; top3: number } | undefined;
  try {
    for (const [name, path] of PAGES)
      pages.push({ page: name, path, ...(await measurePage(browser, new URL(path.slice(1), server.url).href)) });
    if (HAS_SEARCH_STEP) searches = await compareSearch(browser, server.url, peerServer.url);
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
    await peerServer.close();
  }

  // 3. Scaling; with BENCH_SCALE='' the last scaling run in bench/results.json is kept, with its date.
  let scaling: Scaled[] = scale(scratch);
  let scalingRun: unknown = { started: new Date().toISOString(), runs: SCALE_RUNS };
  if (SCALE.length === 0 && existsSync(RESULTS)) {
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as { scaling?: Scaled[]; scalingRun?: unknown };
    scaling = previous.scaling ?? [];
    scalingRun = previous.scalingRun;
    if (scaling.length > 0) notes.push(`${SCALING_NOTE} an earlier, separate run: ${JSON.stringify(scalingRun)}.`);
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
    pageTypes: pages.map((p) => ({ label: `${p.page} ${p.path}`, totalGzip: p.total })),
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
    firstSearches: searches.map((x) => ({
      label: `${x.lang}, ${x.query}`,
      gzipBytes: x.edition.gzipBytes,
      ms: x.edition.ms,
      peerMs: x.peer.ms,
      peerAfterDelayMs: x.peer.afterDelayMs,
    })),
    offlineSize: stated,
    suite,
  });

  const s = (v: number): string => v.toFixed(2);
  const kb = (v: number): string => (v / 1024).toFixed(1);
  const ms = (v: number): string => String(Math.round(v));
  const report = [
    `Medians of ${RUNS} runs (first search: ${SEARCH_RUNS} alternating pairs). Load average before the run: ${loadBefore}; after: ${load()}.`,
    '',
    markdownTable(
      ['clean build', 'content (s)', 'Astro (s)', 'search index (s)', 'offline (s)', 'total (s)', 'pages'],
      [
        [
          'edition',
          s(cleanBuild.content),
          s(cleanBuild.astro),
          s(cleanBuild.search),
          s(cleanBuild.offline),
          s(cleanBuild.total),
          cleanBuild.pages,
        ],
      ],
    ),
    '',
    `Peer (Starlight ${PEER_VERSIONS['@astrojs/starlight']}, Astro ${PEER_VERSIONS.astro}, ${countPages(peerSite)} pages): built in ${s(peerBuildS)} s (content records, Astro and Pagefind).`,
    '',
    markdownTable(
      [
        'page (gzip KB, before interaction)',
        'HTML',
        'CSS files',
        'of which used on load',
        'JS files',
        'other',
        'total',
        'requests',
        'JS run on load',
      ],
      pages.map((p) => [
        `${p.page} \`${p.path}\``,
        kb(p.html),
        kb(p.css),
        kb(p.cssUsed),
        kb(p.js),
        kb(p.other),
        kb(p.total),
        p.requests,
        `${p.jsEvaluatedFiles} file(s), ${kb(p.jsEvaluated)} KB raw, of which ${kb(p.scripts.reduce((n, x) => n + x.ran, 0))} KB ran`,
      ]),
    ),
    '',
    searches.length
      ? markdownTable(
          [
            'first search, 375×812, cold, service workers allowed',
            'edition (ms)',
            'peer (ms)',
            'peer less its 300 ms input delay (ms)',
            'edition ÷ peer',
            'edition ÷ peer less delay',
            'edition gzip KB',
          ],
          searches.map((x) => [
            `${x.lang}: ${x.query}`,
            ms(x.edition.ms),
            ms(x.peer.ms),
            ms(x.peer.afterDelayMs),
            x.ratio.toFixed(2),
            x.ratioAfterDelay.toFixed(2),
            kb(x.edition.gzipBytes),
          ]),
        )
      : 'First search: not measured (no search index).',
    '',
    ...searches.flatMap((x) => [
      markdownTable(
        [
          `where the time goes, ${x.lang}: ${x.query} (ms after the query; medians)`,
          'files',
          'edition: first request',
          'edition: last response',
          'peer: files',
          'peer: first request',
          'peer: last response',
        ],
        [...new Set([...x.breakdown.spans, ...x.peerBreakdown.spans].map((sp) => sp.kind))].map((kind) => {
          const e = x.breakdown.spans.find((sp) => sp.kind === kind);
          const p = x.peerBreakdown.spans.find((sp) => sp.kind === kind);
          return [
            kind,
            e ? e.files : '–',
            e ? ms(e.start) : '–',
            e ? ms(e.end) : '–',
            p ? p.files : '–',
            p ? ms(p.start) : '–',
            p ? ms(p.end) : '–',
          ];
        }),
      ),
      '',
      `Edition marks (ms after the query): ${Object.entries(x.breakdown.marks)
        .sort((a, b) => a[1] - b[1])
        .map(([name, t]) => `${name} ${ms(t)}`)
        .join(', ')}; results on screen ${ms(x.edition.ms)}.`,
      '',
    ]),
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
    saving && stated
      ? markdownTable(
          ['save for offline reading', 'files', 'download (gzip MB)', 'stored (MB)', 'the button states', 'the README states'],
          [
            [
              saving.doc,
              saving.files,
              (saving.gzipBytes / 1e6).toFixed(2),
              (saving.bytes / 1e6).toFixed(2),
              stated.button,
              stated.readme.join(', '),
            ],
          ],
        )
      : 'Saving offline: not measured (no offline step).',
    '',
    suite ? `Query suite: ${suite.first}/${suite.queries} first, ${suite.top3}/${suite.queries} in the top 3.` : 'Query suite: not run.',
    '',
    // Per page includes the fixed start-up of each step; the marginal cost is what one more page adds.
    scaling.length
      ? markdownTable(
          [
            'documents',
            'HTML pages',
            'files written by routes',
            'content (s)',
            'Astro (s)',
            'search index (s)',
            'offline (s)',
            'build (s)',
            'per file (ms)',
            'marginal per file (ms)',
          ],
          scaling.map((r) => {
            const first = scaling[0];
            const marginal = first && r.outputs > first.outputs ? s(((r.buildS - first.buildS) * 1000) / (r.outputs - first.outputs)) : '–';
            return [
              r.documents,
              r.pages,
              r.outputs,
              ...(r.steps ? [s(r.steps.content), s(r.steps.astro), s(r.steps.search), s(r.steps.offline)] : ['–', '–', '–', '–']),
              s(r.buildS),
              s(r.perPageMs),
              marginal,
            ];
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
    RESULTS,
    `${JSON.stringify(
      {
        runs: RUNS,
        searchRuns: SEARCH_RUNS,
        node: process.version,
        load: { before: loadBefore, after: load(), cores: cpus().length },
        peer: { versions: PEER_VERSIONS, buildS: peerBuildS },
        cleanBuild,
        pages,
        searches,
        firstVisits,
        offlineSave: saving ? { ...saving, stated } : null,
        suite: suite ?? null,
        scaling,
        scalingRun,
        budgets,
        notes,
      },
      null,
      1,
    )}\n`,
  );
  console.error(`wrote ${RESULTS}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
