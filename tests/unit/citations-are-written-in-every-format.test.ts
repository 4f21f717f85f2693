import { describe, expect, it } from 'vitest';
import { bibtex, latexEscape } from '../../src/lib/cite/bibtex.ts';
import { cslItem } from '../../src/lib/cite/csl.ts';
import { citationData, citationKey } from '../../src/lib/cite/model.ts';
import { ris } from '../../src/lib/cite/ris.ts';
import type { Document } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';
import { bibNames, parseBibtex } from '../support/bibtex.ts';
import { parseRis } from '../support/ris.ts';

// The document as the records hold it: its English title and issuers come from the translation.
const doc: Document = realEdition().document;
const URL_EN = 'https://example.org/en/trade-2019/measure-14/#s2';
const URL_ZH = 'https://example.org/zh/trade-2019/';
const RELEASE = { n: 2, date: '2027-01-15' };

describe('BibTeX', () => {
  it.each([
    [
      'an English sentence',
      citationData('en', doc, URL_EN, 'm14.s2', RELEASE, '2027-03-04'),
      `@misc{trade-2019-m14-s2-en,
  author = {{Central Committee of the Communist Party of China} and {State Council}},
  title = {Guiding Opinions on Promoting the High-Quality Development of Trade: Measure (14), sentence 2},
  translator = {{Editors of the Bilingual Edition}},
  publisher = {Trade Guiding Opinions 2019 · Bilingual Edition},
  version = {2},
  year = {2019},
  month = nov,
  date = {2019-11-19},
  url = {${URL_EN}},
  urldate = {2027-03-04},
  language = {English},
  note = {Unofficial English translation of 关于推进贸易高质量发展的指导意见; Trade Guiding Opinions 2019 · Bilingual Edition, release 2 (2027-01-15)},
}
`,
    ],
    [
      'the Chinese document',
      citationData('zh', doc, URL_ZH),
      `@misc{trade-2019-zh,
  author = {{中共中央} and {国务院}},
  title = {关于推进贸易高质量发展的指导意见},
  publisher = {《关于推进贸易高质量发展的指导意见》中英对照本},
  year = {2019},
  month = nov,
  date = {2019-11-19},
  url = {${URL_ZH}},
  language = {Chinese},
}
`,
    ],
  ])('cites %s', (_, data, expected) => {
    expect(bibtex(data)).toBe(expected);
    const [entry] = parseBibtex(bibtex(data));
    expect(entry?.key).toBe(data.key);
    expect(bibNames(entry?.fields.author ?? '')).toEqual(data.authors.map((a) => `{${a}}`));
  });

  it.each([
    ['50% & more_#1', '50\\% \\& more\\_\\#1'],
    ['{a} ~^ \\', '\\{a\\} \\textasciitilde{}\\textasciicircum{} \\textbackslash{}'],
  ])('escapes LaTeX specials in %s', (raw, escaped) => {
    expect(latexEscape(raw)).toBe(escaped);
  });

  it('keeps braces out of URLs so the entry stays balanced', () => {
    const entry = parseBibtex(bibtex({ ...citationData('zh', doc, 'https://x.org/{a}'), key: 'k' }))[0];
    expect(entry?.fields.url).toBe('https://x.org/%7Ba%7D');
  });
});

describe('RIS', () => {
  it.each([
    [
      'an English sentence',
      citationData('en', doc, URL_EN, 'm14.s2', RELEASE, '2027-03-04'),
      [
        ['TY', 'GOVDOC'],
        ['ID', 'trade-2019-m14-s2-en'],
        ['AU', 'Central Committee of the Communist Party of China'],
        ['AU', 'State Council'],
        ['TI', 'Guiding Opinions on Promoting the High-Quality Development of Trade: Measure (14), sentence 2'],
        ['A4', 'Editors of the Bilingual Edition'],
        ['PB', 'Trade Guiding Opinions 2019 · Bilingual Edition'],
        ['ET', 'Release 2 (2027-01-15)'],
        ['PY', '2019'],
        ['DA', '2019/11/19'],
        ['UR', URL_EN],
        ['Y2', '2027/03/04'],
        ['LA', 'en'],
        [
          'N1',
          'Unofficial English translation of 关于推进贸易高质量发展的指导意见; Trade Guiding Opinions 2019 · Bilingual Edition, release 2 (2027-01-15)',
        ],
      ],
    ],
    [
      'a Chinese measure',
      citationData('zh', doc, 'https://example.org/zh/trade-2019/measure-14/', 'm14', RELEASE),
      [
        ['TY', 'GOVDOC'],
        ['ID', 'trade-2019-m14-zh'],
        ['AU', '中共中央'],
        ['AU', '国务院'],
        ['TI', '关于推进贸易高质量发展的指导意见: （十四）'],
        ['PB', '《关于推进贸易高质量发展的指导意见》中英对照本'],
        ['ET', 'Release 2 (2027-01-15)'],
        ['PY', '2019'],
        ['DA', '2019/11/19'],
        ['UR', 'https://example.org/zh/trade-2019/measure-14/'],
        ['LA', 'zh-CN'],
        ['N1', '《关于推进贸易高质量发展的指导意见》中英对照本第2版（2027-01-15）'],
      ],
    ],
  ])('cites %s', (_, data, expected) => {
    expect(parseRis(ris(data))).toEqual([expected]);
  });
});

describe('CSL-JSON', () => {
  it.each([
    [
      'an English sentence',
      citationData('en', doc, URL_EN, 'm14.s2', RELEASE, '2027-03-04'),
      {
        id: 'trade-2019-m14-s2-en',
        type: 'document',
        title: 'Guiding Opinions on Promoting the High-Quality Development of Trade: Measure (14), sentence 2',
        author: [{ literal: 'Central Committee of the Communist Party of China' }, { literal: 'State Council' }],
        translator: [{ literal: 'Editors of the Bilingual Edition' }],
        publisher: 'Trade Guiding Opinions 2019 · Bilingual Edition',
        version: '2',
        accessed: { 'date-parts': [[2027, 3, 4]] },
        issued: { 'date-parts': [[2019, 11, 19]] },
        URL: URL_EN,
        language: 'en',
        section: 'measure (14), sentence 2',
        'original-title': '关于推进贸易高质量发展的指导意见',
        note: 'Unofficial English translation of 关于推进贸易高质量发展的指导意见; Trade Guiding Opinions 2019 · Bilingual Edition, release 2 (2027-01-15)',
      },
    ],
    [
      'the Chinese document',
      citationData('zh', doc, URL_ZH),
      {
        id: 'trade-2019-zh',
        type: 'document',
        title: '关于推进贸易高质量发展的指导意见',
        author: [{ literal: '中共中央' }, { literal: '国务院' }],
        publisher: '《关于推进贸易高质量发展的指导意见》中英对照本',
        issued: { 'date-parts': [[2019, 11, 19]] },
        URL: URL_ZH,
        language: 'zh-CN',
      },
    ],
  ])('cites %s', (_, data, expected) => {
    expect(cslItem(data)).toEqual(expected);
  });
});

it.each([
  [undefined, 'zh', 'trade-2019-zh'],
  ['m14', 'en', 'trade-2019-m14-en'],
  ['m14.s2', 'en', 'trade-2019-m14-s2-en'],
] as const)('keys %s in %s as %s', (id, lang, key) => {
  expect(citationKey('trade-2019', lang, id)).toBe(key);
});
