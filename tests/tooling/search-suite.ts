import { formatId, ids, parentId, parseId } from '../../src/lib/records/ids.ts';

/** The interfaces every query of the suite runs from. */
export const INTERFACES = ['zh', 'en'] as const;

/**
 * The search query suite: `tests/fixtures/search/queries.tsv`, one query per
 * line (`query<TAB>category<TAB>expected`). Each line becomes one entry per
 * interface: every query runs from both, and both must give the same first result.
 */
export interface SuiteQuery {
  readonly query: string;
  readonly ui: (typeof INTERFACES)[number];
  /** What kind of query it is (`chinese`, `traditional`, `pinyin`, `typo`, `id`, …): the 95% rule holds per category. */
  readonly category: string;
  /** Acceptable first results: `m14`, `p8`, `preamble`, `p1.para2`, `title`. */
  readonly expected: readonly string[];
  readonly line: number;
}

export function parseSuite(text: string, file = 'queries.tsv'): SuiteQuery[] {
  return text.split('\n').flatMap((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return [];
    const [query, category, expected, ...rest] = raw.split('\t');
    if (!query || !category || !/^[a-z-]+$/.test(category) || !expected || rest.length > 0) {
      throw new Error(`${file}:${i + 1}:1 expected 'query<TAB>category<TAB>m14|…', found ${JSON.stringify(raw)}`);
    }
    return INTERFACES.map((ui) => ({ query, ui, category, expected: expected.split('|'), line: i + 1 }));
  });
}

/**
 * The unit a result link opens: a measure page → `m14`; otherwise by its
 * fragment, read by the ID module: a part heading or the part page itself →
 * `p8`, a paragraph's sentence → `p1.para2`, a preamble sentence →
 * `preamble`, the front matter → `title`.
 */
export function unitOfHref(href: string): string {
  const url = new URL(href, 'https://x.invalid');
  const measure = /\/measure-(\d+)\/$/.exec(url.pathname);
  if (measure) return ids.measure(Number(measure[1]));
  const fragment = decodeURIComponent(url.hash.slice(1));
  const id = parseId(fragment);
  if (!id) {
    const part = /\/part-(\d+)\/$/.exec(url.pathname);
    return part ? ids.part(Number(part[1])) : url.pathname;
  }
  switch (id.kind) {
    case 'preamble-sentence':
      return 'preamble';
    case 'issuers':
    case 'title':
    case 'dateline':
      return 'title';
    case 'part-heading':
    case 'paragraph-sentence':
      return formatId(parentId(id) ?? id);
    case 'part':
    case 'paragraph':
    case 'measure':
    case 'measure-sentence':
      return formatId(id);
  }
}
