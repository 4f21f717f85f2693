import { describe, expect, it } from 'vitest';
import { parseAnnotationFile } from '../../src/lib/annotate/read.ts';

const FRONT = [
  '---',
  'type: programme',
  'zh: 单一窗口',
  'pinyin: dānyī chuāngkǒu',
  'tokens: [[单一, 窗口]]',
  'en: single window',
  'gloss: { zh: 一个入口。, en: One entry point. }',
  '---',
];
const file = (...body: string[]): string => [...FRONT, ...body, ''].join('\n');

describe('commentary is data, not code', () => {
  it('shows an import line and an expression as plain text, never runs them', () => {
    const { html } = parseAnnotationFile(
      'content/annotations/doc-1/single-window.mdx',
      file("import fs from 'node:fs'", '', 'Home is {process.env.HOME}.', '', 'export const x = 1'),
    );
    expect(html).toBe("<p>import fs from 'node:fs'</p>\n<p>Home is {process.env.HOME}.</p>\n<p>export const x = 1</p>");
    expect(html).not.toContain(process.env.HOME ?? '/root');
  });

  it('refuses raw HTML at its file:line:column', () => {
    expect(() =>
      parseAnnotationFile('content/annotations/doc-1/single-window.mdx', file('Some *text*.', '', '<script>alert(1)</script>')),
    ).toThrow(
      'content/annotations/doc-1/single-window.mdx:11:1 expected Markdown commentary without raw HTML, found "<script>alert(1)</script>"',
    );
  });

  it('renders Markdown with its text escaped', () => {
    expect(parseAnnotationFile('x/doc-1/a.mdx', file('A *note* on 1 < 2 & [WTO](https://www.wto.org/).')).html).toBe(
      '<p>A <em>note</em> on 1 &#x3C; 2 &#x26; <a href="https://www.wto.org/">WTO</a>.</p>',
    );
  });
});

describe('commentary links lead to http(s) or this site, and images come from this site', () => {
  const at = 'content/annotations/doc-1/single-window.mdx';
  it.each([
    ['[x](javascript:alert(1))', '9:1 expected a link to an http(s) address or a page of this site, found "javascript:alert(1)"'],
    ['<javascript:alert(1)>', '9:1 expected a link to an http(s) address or a page of this site, found "javascript:alert(1)"'],
    ['See [d](data:text/html,x).', '9:5 expected a link to an http(s) address or a page of this site, found "data:text/html,x"'],
    ['[v](vbscript:msgbox)', '9:1 expected a link to an http(s) address or a page of this site, found "vbscript:msgbox"'],
    [
      '[x][r]\n\n[r]: javascript:alert(1)',
      '11:1 expected a link to an http(s) address or a page of this site, found "javascript:alert(1)"',
    ],
    ['![t](https://evil.example/t.png)', '9:1 expected an image from this site, found "https://evil.example/t.png"'],
    ['![t](//evil.example/t.png)', '9:1 expected an image from this site, found "//evil.example/t.png"'],
    ['![t][i]\n\n[i]: https://evil.example/t.png', '9:1 expected an image from this site, found "https://evil.example/t.png"'],
  ])('refuses %j at its file:line:column', (body, message) => {
    expect(() => parseAnnotationFile(at, file(body))).toThrow(`${at}:${message}`);
  });

  it.each([
    ['[WTO](https://www.wto.org/)', '<a href="https://www.wto.org/">'],
    ['[m14](/en/trade-2019/measure-14/)', '<a href="/en/trade-2019/measure-14/">'],
    ['[s2](#m14.s2)', '<a href="#m14.s2">'],
    ['![map](/images/map.png)', '<img src="/images/map.png"'],
  ])('keeps %j', (body, html) => {
    expect(parseAnnotationFile(at, file(body)).html).toContain(html);
  });
});
