import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

/** The summaries of a page's cite blocks (the open block under the text, not the rows' ❝ controls). */
const blocks = (html: string): string[] =>
  Array.from(html.matchAll(/<div class="cite-block">.*?<summary>([^<]*)<\/summary>/gs), (m) => m[1] ?? '');

describe.each([
  { path: '/en/trade-2019/', label: 'Cite this document' },
  { path: '/zh/trade-2019/', label: '引用全文' },
  { path: '/en/trade-2019/part-5/', label: 'Cite this part' },
  { path: '/zh/trade-2019/part-5/', label: '引用本部分' },
  { path: '/en/trade-2019/measure-14/', label: 'Cite this measure' },
  { path: '/zh/trade-2019/measure-14/', label: '引用本条' },
])('$path', ({ path, label }) => {
  it(`has one cite block, labelled “${label}”`, () => {
    expect(blocks(readPage(path))).toEqual([label]);
  });
});

it('cites the whole document on the document page, with its files', () => {
  const html = readPage('/zh/trade-2019/');
  const block = html.slice(html.indexOf('<div class="cite-block">'));
  expect(block).toMatch(/中共中央, 国务院\. 关于推进贸易高质量发展的指导意见\[EB\/OL\]\./);
  expect(block).toContain('/zh/trade-2019/cite.bib');
});
