import { expect, it } from 'vitest';
import { bookOf, bookUnits } from '../../src/lib/print/book.ts';
import { frozenReleases, unitsOf } from '../support/frozen-books.ts';

const [first] = frozenReleases();
if (!first) throw new Error('no frozen release in content/releases');

it('takes every unit of the frozen export, in source order', () => {
  const book = bookOf({ json: first.json, termbase: [], made: '2026-12-01' });
  expect(bookUnits(book).map((u) => u.id)).toEqual(unitsOf(first.json).map((u) => u.id));
  expect(book.parts.flatMap((p) => p.measures.map((m) => m.n))).toEqual(first.json.measures.map((m) => m.n).sort((a, b) => a - b));
});

it.each([
  [undefined, `/data/releases/${first.n}/trade-2019.pdf`, `/en/trade-2019/`],
  [
    'https://edition.example/sub/',
    `https://edition.example/sub/data/releases/${first.n}/trade-2019.pdf`,
    'https://edition.example/sub/en/trade-2019/',
  ],
])('with the published root %s, names its PDF %s', (root, pdf, edition) => {
  const book = bookOf({ json: first.json, termbase: [], made: '2026-12-01', root });
  expect(book.permanent.pdf).toBe(pdf);
  expect(book.permanent.epub).toBe(pdf.replace(/\.pdf$/, '.epub'));
  expect(book.permanent.edition).toBe(edition);
});

it('refuses an export that states no release', () => {
  const { release: _, ...json } = first.json;
  expect(() => bookOf({ json, termbase: [], made: '2026-12-01' })).toThrowErrorMatchingInlineSnapshot(
    `[Error: the JSON export of trade-2019 states no release, expected release: { n, date }]`,
  );
});
