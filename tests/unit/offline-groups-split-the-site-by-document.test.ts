import { describe, expect, it } from 'vitest';
import { groupManifests, isShipped, normaliseBase, siteUrl } from '../../src/lib/offline/build.ts';
import { fillSizes, formatSize, groupOf, groupsFor } from '../../src/lib/offline/groups.ts';

const DOCS = ['trade-2019', 'trade-2020'];

describe.each([
  ['/en/trade-2019/measure-14/index.html', 'trade-2019'],
  ['/zh/trade-2020/terms/index.html', 'trade-2020'],
  ['/data/trade-2019.json', 'trade-2019'],
  ['/data/trade-2019.en.akn.xml', 'trade-2019'],
  ['/data/schema/v1.json', 'shared'],
  ['/en/search/index.html', 'shared'],
  ['/index.html', 'shared'],
  ['/_astro/enhance.B22ZklNe.js', 'shared'],
  ['/pagefind/en/pagefind-entry.json', 'shared'],
  ['/en/trade-2019-old/index.html', 'shared'],
  ['/en/trade-2019/measure-14/cite.bib', undefined],
  ['/en/trade-2019/measure-14/s2/cite.json', undefined],
  ['/sw.js', undefined],
  ['/offline/trade-2019.json', undefined],
  ['/sitemap.xml', undefined],
  ['/zh/trade-2019/words/外贸/index.html', undefined],
  ['/data/releases/1/trade-2019.pdf', undefined],
  ['/data/releases/1/trade-2019.epub', undefined],
  ['/data/releases/1/trade-2019.json', undefined],
  ['/data/releases/3/SHA256SUMS', undefined],
  ['/en/trade-2019/words/index.html', 'trade-2019'],
  ['/data/words/trade-2019/m14.json', 'trade-2019'],
])('%s', (path, group) => {
  it(`belongs to ${String(group)}`, () => expect(groupOf(path, DOCS)).toBe(group));
});

it('saves a document with the shared group, its own last', () => {
  expect(groupsFor('trade-2019')).toEqual(['shared', 'trade-2019']);
});

it.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['edition', '/edition/'],
  ['/edition/', '/edition/'],
])('normalises the base %j to %s', (base, expected) => {
  expect(normaliseBase(base)).toBe(expected);
});

it.each([
  ['/', 'index.html', '/'],
  ['/', 'en/trade-2019/index.html', '/en/trade-2019/'],
  ['/edition/', 'data/trade-2019.csv', '/edition/data/trade-2019.csv'],
  ['/edition/', 'en/search/index.html', '/edition/en/search/'],
])('under %s, %s is served at %s', (base, file, url) => {
  expect(siteUrl(base, file)).toBe(url);
});

it("ships the search engine but not Pagefind's unused UI bundles, nor its worker (the engine runs in the page)", () => {
  expect(isShipped('pagefind/en/pagefind.js')).toBe(true);
  expect(isShipped('pagefind/en/pagefind-worker.js')).toBe(false);
  expect(isShipped('pagefind/en/pagefind-ui.js')).toBe(false);
  expect(isShipped('pagefind/zh/pagefind-component-ui.css')).toBe(false);
});

it("splits Workbox's manifest into groups with their sizes, hashed files without a revision", () => {
  const groups = groupManifests(
    [
      { url: 'en/trade-2019/index.html', revision: 'a1' },
      { url: '_astro/enhance.B22ZklNe.js', revision: 'b2' },
      { url: 'index.html', revision: 'c3' },
      { url: 'en/trade-2019/cite.txt', revision: 'd4' },
    ],
    ['trade-2019'],
    '/edition/',
    (file) => ({ bytes: file.length, gzipBytes: 1 }),
  );
  expect(groups).toEqual([
    {
      group: 'shared',
      bytes: 36,
      gzipBytes: 2,
      entries: [
        { url: '/edition/_astro/enhance.B22ZklNe.js', revision: null },
        { url: '/edition/', revision: 'c3' },
      ],
    },
    { group: 'trade-2019', bytes: 24, gzipBytes: 1, entries: [{ url: '/edition/en/trade-2019/', revision: 'a1' }] },
  ]);
});

it.each([
  [1_949_000, '1.9 MB'],
  [640_400, '640 KB'],
  [10, '1 KB'],
])('states %d bytes as %s', (bytes, text) => {
  expect(formatSize(bytes)).toBe(text);
});

it('fills in the size of each document, again on a rebuild, and leaves unknown documents alone', () => {
  const page = '<button>Save (<span data-offline-size="trade-2019">…</span>)</button><span data-offline-size="other">…</span>';
  const once = fillSizes(page, new Map([['trade-2019', '1.9 MB']]));
  expect(once).toBe('<button>Save (<span data-offline-size="trade-2019">1.9 MB</span>)</button><span data-offline-size="other">…</span>');
  expect(fillSizes(once, new Map([['trade-2019', '2.0 MB']]))).toContain('>2.0 MB<');
});
