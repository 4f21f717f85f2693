import { expect, inject, it } from 'vitest';
import { brokenLinks } from '../tooling/link-check.ts';
import { readSite } from '../support/site-map.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const ORIGIN = TEST_ORIGIN;

it('finds no broken href, src or #fragment on any page', () => {
  const { pages, files } = readSite(inject('distDir'));
  expect(pages.length).toBeGreaterThan(70);
  expect(brokenLinks(pages, files, '/', ORIGIN)).toEqual([]);
});

it('catches a link to a missing page and a missing fragment', () => {
  const pages = [{ path: '/a/', ids: new Set(['x']), links: ['/a/#x', '/b/', '/a/#nope', '../c.json', 'https://other.example/'] }];
  expect(brokenLinks(pages, new Set(['/c.json']), '/', ORIGIN)).toEqual([
    { page: '/a/', link: '/b/', reason: 'no such page or file' },
    { page: '/a/', link: '/a/#nope', reason: 'no element #nope on /a/' },
  ]);
});
