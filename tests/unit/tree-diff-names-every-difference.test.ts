import { expect, it } from 'vitest';
import { treeDifferences } from '../tooling/tree-diff.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

it('finds nothing in identical trees', () => {
  const tree = new Map([
    ['/a.html', bytes('<p>a')],
    ['/b.json', bytes('{}')],
  ]);
  expect(treeDifferences(tree, new Map(tree))).toEqual([]);
});

it('names missing files, extra files and the first differing byte', () => {
  const first = new Map([
    ['/a.html', bytes('<p>a')],
    ['/gone.txt', bytes('x')],
    ['/long.txt', bytes('ab')],
  ]);
  const second = new Map([
    ['/a.html', bytes('<p>b')],
    ['/new.txt', bytes('x')],
    ['/long.txt', bytes('abc')],
  ]);
  expect(treeDifferences(first, second)).toEqual([
    '/a.html: differs from byte 3 (4 vs 4 bytes)',
    '/gone.txt: only in the first build',
    '/long.txt: differs from byte 2 (2 vs 3 bytes)',
    '/new.txt: only in the second build',
  ]);
});
