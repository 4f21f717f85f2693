import { expect, it } from 'vitest';
import { checkManifest, formatManifest, parseManifest, publicUrl, publicUrls, updateManifest } from '../../src/lib/urls/manifest.ts';

it('names a page by its directory and a data file by its path', () => {
  expect(publicUrl('/index.html')).toBe('/');
  expect(publicUrl('/en/trade-2019/measure-14/index.html')).toBe('/en/trade-2019/measure-14/');
  expect(publicUrl('data/trade-2019.json')).toBe('/data/trade-2019.json');
  expect(publicUrl('/404.html')).toBe('/404.html');
});

it('leaves out hashed bundles and the search index internals', () => {
  expect(publicUrl('/_astro/enhance.BbgJ6Hhe.js')).toBeUndefined();
  expect(publicUrl('/pagefind/pagefind.js')).toBeUndefined();
  expect(publicUrls(['/b/index.html', '/a.json', '/_astro/x.js', '/index.html'])).toEqual(['/', '/a.json', '/b/']);
});

it('round-trips through its sorted one-per-line file', () => {
  const text = formatManifest(['/zh/', '/', '/data/x.json', '/zh/']);
  expect(text).toBe('/\n/data/x.json\n/zh/\n');
  expect(parseManifest(text)).toEqual(['/', '/data/x.json', '/zh/']);
});

it('reports URLs that disappeared and URLs nobody has listed', () => {
  expect(checkManifest(['/', '/a/', '/b/'], ['/', '/b/', '/c/'])).toEqual({ missing: ['/a/'], unlisted: ['/c/'] });
  expect(checkManifest(['/'], ['/'])).toEqual({ missing: [], unlisted: [] });
});

it('adds new URLs on update and never drops one', () => {
  expect(updateManifest(['/', '/gone/'], ['/', '/new/'])).toEqual(['/', '/gone/', '/new/']);
});
