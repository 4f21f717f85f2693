/**
 * citation-js, the library reference managers build on, renders our CSL-JSON
 * with its own APA style: the result must name the unit cited (measure,
 * sentence), the translator of the English and the release quoted. No
 * Chicago CSL style is installed (plugin-csl ships APA, Vancouver and
 * Harvard), so the Chicago-like plain citation is checked for the same facts.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { cslItem } from '../../src/lib/cite/csl.ts';
import { citationData } from '../../src/lib/cite/model.ts';
import { citationParts, plainCitation } from '../../src/lib/cite/plain.ts';
import type { Document } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

// The document as the records hold it: its English title and issuers come from the translation.
const doc: Document = realEdition().document;
const release = { n: 3, date: '2027-02-01' };
const apa = (lang: 'en' | 'zh', url: string, id: string): string =>
  new Cite([cslItem(citationData(lang, doc, url, id, release))]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });

describe.each([
  ['m14', 'https://x.test/en/trade-2019/measure-14/', 'Measure (14)'],
  ['m14.s2', 'https://x.test/en/trade-2019/measure-14/#s2', 'Measure (14), sentence 2'],
])('the English of %s', (id, url, unit) => {
  it('renders in APA naming the unit, the translator and the release', () => {
    const text = apa('en', url, id);
    expect(text).toContain(unit);
    expect(text).toContain(
      `Trade: ${unit} (Editors of the Bilingual Edition, Trans.; Version 3). Trade Guiding Opinions 2019 · Bilingual Edition. ${url}`,
    );
  });

  it('is cited Chicago-like naming the unit, the translator and the release', () => {
    const text = plainCitation('en', doc, url, id, release);
    expect(text).toContain(
      `“${unit}.” In Guiding Opinions on Promoting the High-Quality Development of Trade (关于推进贸易高质量发展的指导意见), 19 November 2019.`,
    );
    expect(text).toContain('Translated by Editors of the Bilingual Edition.');
    expect(text).toContain('release 3 (1 February 2027)');
  });
});

it('renders the Chinese original in APA credited to its issuers alone, with the release and the unit', () => {
  const text = apa('zh', 'https://x.test/zh/trade-2019/measure-14/#s2', 'm14.s2');
  expect(text).toMatch(/^中共中央 & 国务院\. \(2019, November 19\)\. 关于推进贸易高质量发展的指导意见: （十四）第2句/);
  expect(text).not.toContain('Trans.');
  expect(text).toContain('(Version 3)');
});

// 主要责任者. 题名: 其他题名信息[EB/OL]. 版本项. 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径, in the standard's
// half-width punctuation; the place of publication is left out, as the standard allows online, and so is a first edition.
it.each([
  [release, '3版. 中英对照本编者, 2027(2027-02-01)'],
  [{ n: 1, date: '2026-11-20' }, '中英对照本编者, 2026(2026-11-20)'],
])('cites the Chinese original as GB/T 7714-2015 prescribes for an online resource (release %o)', (cited, published) => {
  expect(plainCitation('zh', doc, 'https://x.test/zh/trade-2019/measure-14/#s2', 'm14.s2', cited)).toBe(
    `中共中央, 国务院. 关于推进贸易高质量发展的指导意见: （十四）第2句[EB/OL]. ${published}. https://x.test/zh/trade-2019/measure-14/#s2`,
  );
  const { before, accessed } = citationParts('zh', doc, 'https://x.test/', 'm14.s2', cited);
  expect(`${before}${accessed}`).toMatch(/\)\[\{date\}\]$/);
});
