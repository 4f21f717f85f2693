import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { attr, elements, parseHtml } from '../support/html.ts';
import { childElements, parseXml, xmlText } from '../../src/lib/export/xml-tree.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const ORIGIN = TEST_ORIGIN;
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';
const dist = inject('distDir');

function sitemap(): { loc: string; alternates: Record<string, string> }[] {
  const root = parseXml(readFileSync(join(dist, 'sitemap.xml'), 'utf8'));
  expect([root.uri, root.name]).toEqual([SITEMAP, 'urlset']);
  return childElements(root, 'url').map((url) => ({
    loc: xmlText(childElements(url, 'loc')[0] ?? url),
    alternates: Object.fromEntries(
      childElements(url, 'link')
        .filter((l) => l.uri === XHTML && l.attrs.rel === 'alternate')
        .map((l) => [l.attrs.hreflang ?? '', l.attrs.href ?? '']),
    ),
  }));
}

it('lists every built page exactly once, and nothing else', () => {
  // Word pages' URLs are percent-encoded; the built files are named by the words themselves.
  const locs = sitemap().map((u) => decodeURI(u.loc));
  expect(new Set(locs).size).toBe(locs.length);
  // The not-found page answers for addresses that have no page, and the not-saved page for pages an offline reader
  // did not save: neither is a page of its own to crawl (both say noindex).
  expect(locs.sort()).toEqual(
    builtPages()
      .filter((p) => p !== '/404.html' && p !== '/not-saved/')
      .map((p) => `${ORIGIN}${p}`)
      .sort(),
  );
});

it('gives each page the same language alternates as the page’s own head', () => {
  for (const { loc, alternates } of sitemap()) {
    const path = decodeURI(loc.slice(ORIGIN.length));
    const head = elements(parseHtml(readPage(path))).filter(
      (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hrefLang'),
    );
    expect(alternates, path).toEqual(Object.fromEntries(head.map((el) => [attr(el, 'hrefLang'), attr(el, 'href')])));
    if (path !== '/') expect(Object.keys(alternates).sort(), path).toEqual(['en', 'x-default', 'zh-CN']);
  }
});

it('is named in robots.txt', () => {
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap\\.xml$`, 'm'));
});
