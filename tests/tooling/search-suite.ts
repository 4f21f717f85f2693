/** The search query suite: `tests/fixtures/search/queries.tsv`, one query per line. */
export interface SuiteQuery {
  readonly query: string;
  readonly ui: 'zh' | 'en';
  /** Acceptable first results: `m14`, `preamble`, `p1.para2`. */
  readonly expected: readonly string[];
  readonly line: number;
}

export function parseSuite(text: string, file = 'queries.tsv'): SuiteQuery[] {
  return text.split('\n').flatMap((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return [];
    const [query, ui, expected, ...rest] = raw.split('\t');
    if (!query || (ui !== 'zh' && ui !== 'en') || !expected || rest.length > 0) {
      throw new Error(`${file}:${i + 1}:1 expected 'query<TAB>zh|en<TAB>m14|…', found ${JSON.stringify(raw)}`);
    }
    return [{ query, ui, expected: expected.split('|'), line: i + 1 }];
  });
}

/** The unit a result link opens: `/en/trade-2019/measure-14/?q=…#s2` → `m14`; the preamble and part-1 paragraphs by their fragment. */
export function unitOfHref(href: string): string {
  const url = new URL(href, 'https://x.invalid');
  const measure = /\/measure-(\d+)\/$/.exec(url.pathname);
  if (measure) return `m${measure[1]}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment.startsWith('preamble')) return 'preamble';
  const para = /^(p\d+\.para\d+)/.exec(fragment);
  return para?.[1] ?? url.pathname;
}
