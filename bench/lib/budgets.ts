/**
 * The performance budgets the benchmark reports against. A budget is
 * reported as PASS or FAIL, never enforced: the process does not fail.
 * A row whose measurement was skipped (e.g. no search index yet) is n/a.
 */
export interface BudgetRow {
  readonly budget: string;
  readonly measured: string;
  readonly limit: string;
  readonly verdict: 'PASS' | 'FAIL' | 'n/a';
}

export interface BudgetInput {
  /** Median clean build, seconds. */
  readonly cleanBuildS: number;
  /** Median build of the 50-document corpus, seconds; undefined if not run. */
  readonly fiftyDocsS?: number | undefined;
  /** Median build time per page at 1 and at 50 documents, milliseconds. */
  readonly perPageAt1Ms?: number | undefined;
  readonly perPageAt50Ms?: number | undefined;
  /** The heaviest measure page (of both languages) before any interaction. */
  readonly measurePage: {
    readonly totalGzip: number;
    readonly renderBlockingScripts: number;
    readonly fontFiles: number;
    readonly htmlGzip?: number;
  };
  /** Every page type's gzip total before any interaction. */
  readonly pageTypes?: readonly { readonly label: string; readonly totalGzip: number }[] | undefined;
  /**
   * A measure page's first visit in a fresh browser, counted by a proxy (so a service worker's requests
   * count too) until 20 s after load; one row per mode (service workers allowed, blocked).
   */
  readonly firstVisits?: readonly { readonly label: string; readonly requests: number; readonly gzipBytes: number }[] | undefined;
  /** Font files on any measured page. */
  readonly fontFilesAnywhere: number;
  /**
   * First searches on the search page, one per query, with the peer's (a default Starlight site's Pagefind) from
   * the same run: as the reader sees it, and less the peer interface's own input delay.
   */
  readonly firstSearches?:
    | readonly {
        readonly label: string;
        readonly gzipBytes: number;
        readonly ms: number;
        readonly peerMs: number;
        readonly peerAfterDelayMs: number;
      }[]
    | undefined;
  /** The offline-save size the button states on a built page, and every size the README states for it. */
  readonly offlineSize?: { readonly button: string; readonly readme: readonly string[] } | undefined;
  /** Data loaded only on a reader's request: a measure page's word data, the search vocabulary by interface. */
  readonly onDemand?: { readonly wordDataGzip: number; readonly vocabularyGzip: Readonly<Record<'zh' | 'en', number>> } | undefined;
  /** The query suite through the search page. */
  readonly suite?: { readonly queries: number; readonly first: number; readonly top3: number } | undefined;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const row = (budget: string, measured: string, limit: string, pass: boolean | undefined): BudgetRow => ({
  budget,
  measured,
  limit,
  verdict: pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL',
});

/** The scaling run's budgets alone: the run is long, so it may be made apart from the rest and judged then. */
export function judgeScaling(input: Pick<BudgetInput, 'fiftyDocsS' | 'perPageAt1Ms' | 'perPageAt50Ms'>): BudgetRow[] {
  const { perPageAt1Ms: at1, perPageAt50Ms: at50 } = input;
  const ratio = at1 !== undefined && at50 !== undefined ? at50 / at1 : undefined;
  return [
    row(
      'build, 50 documents',
      input.fiftyDocsS === undefined ? 'not run' : `${input.fiftyDocsS.toFixed(1)} s`,
      '≤ 300 s',
      input.fiftyDocsS === undefined ? undefined : input.fiftyDocsS <= 300,
    ),
    row(
      'time per page, 50 vs 1 document',
      ratio === undefined ? 'not run' : `${ratio.toFixed(2)} ×`,
      '≤ 1.3 ×',
      ratio === undefined ? undefined : ratio <= 1.3,
    ),
  ];
}

export function judgeBudgets(input: BudgetInput): BudgetRow[] {
  const { firstSearches = [], suite } = input;
  return [
    row('clean build', `${input.cleanBuildS.toFixed(1)} s`, '≤ 15 s', input.cleanBuildS <= 15),
    ...judgeScaling(input),
    row(
      'measure page, gzip in all before interaction (HTML, CSS, JS)',
      kb(input.measurePage.totalGzip),
      '≤ 10 KB',
      input.measurePage.totalGzip <= 10 * 1024,
    ),
    ...(input.pageTypes ?? []).map((p) =>
      row(`page type ${p.label}, gzip in all before interaction`, kb(p.totalGzip), '≤ 15 KB', p.totalGzip <= 15 * 1024),
    ),
    ...(input.measurePage.htmlGzip === undefined
      ? []
      : [row('measure page, its own gzip size', kb(input.measurePage.htmlGzip), '≤ 10 KB', input.measurePage.htmlGzip <= 10 * 1024)]),
    ...(input.firstVisits ?? []).flatMap((v) => [
      row(`measure page first visit incl. 20 s idle, requests (${v.label})`, String(v.requests), '≤ 8', v.requests <= 8),
      row(`measure page first visit incl. 20 s idle, gzip bytes (${v.label})`, kb(v.gzipBytes), '≤ 15 KB', v.gzipBytes <= 15 * 1024),
    ]),
    ...(input.onDemand === undefined
      ? []
      : [
          row(
            'word data a measure page loads on first use (largest part)',
            kb(input.onDemand.wordDataGzip),
            '≤ 25 KB',
            input.onDemand.wordDataGzip <= 25 * 1024,
          ),
          row(
            'search vocabulary loaded with the engine, zh interface',
            kb(input.onDemand.vocabularyGzip.zh),
            '≤ 20 KB',
            input.onDemand.vocabularyGzip.zh <= 20 * 1024,
          ),
          row(
            'search vocabulary loaded with the engine, en interface',
            kb(input.onDemand.vocabularyGzip.en),
            '≤ 20 KB',
            input.onDemand.vocabularyGzip.en <= 20 * 1024,
          ),
        ]),
    row(
      'measure page, render-blocking scripts',
      String(input.measurePage.renderBlockingScripts),
      '0',
      input.measurePage.renderBlockingScripts === 0,
    ),
    row('font files (any page)', String(input.fontFilesAnywhere), '0', input.fontFilesAnywhere === 0),
    ...(firstSearches.length === 0
      ? [row('first search', 'no search index', '≤ 120 KB, ≤ 150 ms', undefined)]
      : firstSearches.flatMap((f) => [
          row(`first search, gzip bytes (${f.label})`, kb(f.gzipBytes), '≤ 120 KB', f.gzipBytes <= 120 * 1024),
          row(`first search, time (${f.label})`, `${Math.round(f.ms)} ms`, '≤ 150 ms', f.ms <= 150),
          row(
            `first search, no slower than the peer (${f.label})`,
            `${(f.ms / f.peerMs).toFixed(2)} × (${Math.round(f.ms)} against ${Math.round(f.peerMs)} ms)`,
            '≤ 1 ×',
            f.ms <= f.peerMs,
          ),
          row(
            `first search, no slower than the peer less its input delay (${f.label})`,
            `${(f.ms / f.peerAfterDelayMs).toFixed(2)} × (${Math.round(f.ms)} against ${Math.round(f.peerAfterDelayMs)} ms)`,
            '≤ 1 ×',
            f.ms <= f.peerAfterDelayMs,
          ),
        ])),
    ...(input.offlineSize === undefined
      ? []
      : [
          row(
            "README's offline-save size is the button's",
            `button ${input.offlineSize.button}; README ${input.offlineSize.readme.join(', ') || 'none'}`,
            'equal',
            input.offlineSize.readme.length > 0 && input.offlineSize.readme.every((r) => r === input.offlineSize?.button),
          ),
        ]),
    row(
      'query suite, expected unit first',
      suite ? `${suite.first}/${suite.queries} (${((100 * suite.first) / suite.queries).toFixed(1)}%)` : 'not run',
      '≥ 95%',
      suite ? suite.first >= 0.95 * suite.queries : undefined,
    ),
    row(
      'query suite, expected unit in top 3',
      suite ? `${suite.top3}/${suite.queries}` : 'not run',
      '100%',
      suite ? suite.top3 === suite.queries : undefined,
    ),
  ];
}
