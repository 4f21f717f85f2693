import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuildDate } from '../../src/lib/export/build-date.ts';
import { attr, elements, parseHtml, textOf } from '../support/html.ts';
import { readPage } from '../support/dist.ts';
import { frozenReleases } from '../support/frozen-books.ts';

const dist = inject('distDir');
const FILES = [
  '/data/trade-2019.json',
  '/data/schema/v1.json',
  '/data/trade-2019.csv',
  '/data/trade-2019.akn.xml',
  '/data/trade-2019.en.akn.xml',
  '/data/trade-2019.words.json',
  '/data/schema/words-v1.json',
  '/data/trade-2019.annotations.jsonld',
  '/data/trade-2019.tei.xml',
];
/** The printed and e-book editions of every frozen release, newest release first, as the data page lists them. */
const BOOKS = frozenReleases()
  .filter((r) => r.slug === 'trade-2019')
  .reverse()
  .flatMap((r) => [r.epub, r.pdf].map((file) => ({ file, path: `/data/releases/${r.n}/${basename(file)}` })));
const sha = (path: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dist, path)))
    .digest('hex');

describe.each(['zh', 'en'] as const)('/%s/trade-2019/data/', (lang) => {
  const root = parseHtml(readPage(`/${lang}/trade-2019/data/`));
  const links = elements(root).filter((el) => el.tagName === 'a');
  const text = textOf(elements(root).find((el) => el.tagName === 'main') ?? (root.children[0] as never));

  it('is in its language', () => {
    expect(attr(elements(root).find((el) => el.tagName === 'html') ?? (root.children[0] as never), 'lang')).toBe(
      lang === 'zh' ? 'zh-CN' : 'en',
    );
  });

  it('links every export for download, and each is built', () => {
    const downloads = links
      .filter((a) => attr(a, 'download') !== undefined && attr(a, 'href')?.startsWith('/data/'))
      .map((a) => attr(a, 'href'));
    // The exports, the frozen releases' books, then the source text they are built from (provenance).
    expect(downloads).toEqual([...FILES, ...BOOKS.map((b) => b.path), '/data/trade-2019.zh.txt']);
    for (const file of FILES) expect(existsSync(join(dist, file)), file).toBe(true);
  });

  it('states the SHA-256 of every file as served, of the source, and the build date', () => {
    for (const file of FILES) expect(text, file).toContain(sha(file));
    expect(text).toContain(createHash('sha256').update(readFileSync('seeds/trade-2019.zh.txt')).digest('hex'));
    // The source download is the very file that checksum describes.
    expect(readFileSync(join(dist, 'data/trade-2019.zh.txt'))).toEqual(readFileSync('seeds/trade-2019.zh.txt'));
    const build = readBuildDate().date;
    if (build) expect(text).toContain(build);
  });

  it('lists the PDF and EPUB of every frozen release, served as frozen, with their SHA-256', () => {
    expect(BOOKS.length).toBeGreaterThan(0);
    for (const book of BOOKS) {
      const frozen = readFileSync(book.file);
      expect(readFileSync(join(dist, book.path)).equals(frozen), book.path).toBe(true);
      expect(text, book.path).toContain(createHash('sha256').update(frozen).digest('hex'));
    }
  });

  it('links the document’s citation files', () => {
    const hrefs = links.map((a) => attr(a, 'href'));
    for (const f of ['bib', 'ris', 'json', 'txt']) expect(hrefs).toContain(`/${lang}/trade-2019/cite.${f}`);
  });

  it('is reachable from the document page and from every measure page', () => {
    const target = `/${lang}/trade-2019/data/`;
    const from = [`/${lang}/trade-2019/`, ...Array.from({ length: 27 }, (_, i) => `/${lang}/trade-2019/measure-${i + 1}/`)];
    for (const page of from) {
      const hrefs = elements(parseHtml(readPage(page)))
        .filter((el) => el.tagName === 'a')
        .map((a) => attr(a, 'href'));
      expect(hrefs, page).toContain(target);
    }
  });
});

it('offers each measure sentence’s BibTeX, RIS and CSL-JSON on the measure page', () => {
  const hrefs = elements(parseHtml(readPage('/en/trade-2019/measure-14/')))
    .filter((el) => el.tagName === 'a')
    .map((a) => attr(a, 'href'));
  for (let i = 1; i <= 6; i++) for (const f of ['bib', 'ris', 'json']) expect(hrefs).toContain(`/en/trade-2019/measure-14/s${i}/cite.${f}`);
  for (const f of ['bib', 'ris', 'json', 'txt']) expect(hrefs).toContain(`/en/trade-2019/measure-14/cite.${f}`);
});
