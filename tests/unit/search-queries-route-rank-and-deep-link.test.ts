import { describe, expect, it } from 'vitest';
import {
  bestFragment,
  highlightTerms,
  indexesFor,
  inLanguage,
  matchedTerms,
  relevance,
  sentencesOf,
  stem,
  termsOf,
} from '../../src/lib/search/query.ts';
import { parseSuite, unitOfHref } from '../tooling/search-suite.ts';
import { interfaceFor } from '../../src/lib/search/interface.ts';

describe.each([
  ['跨境电商', 'en', ['zh']],
  ['single window', 'zh', ['en']],
  ['WTO 规则', 'zh', ['zh', 'en']],
  ['WTO 规则', 'en', ['en', 'zh']],
  ['2022', 'zh', ['zh']],
  ['2022', 'en', ['en']],
] as const)('indexesFor(%j) from %s', (query, ui, expected) => {
  it(`searches ${expected.join(' and ')}`, () => expect(indexesFor(query, ui)).toEqual(expected));
});

const content = '促进贸易新业态发展。\n推进跨境电子商务综合试验区建设，复制推广成熟经验做法。\n鼓励发展其他贸易新业态。\n跨境电商 ; 综试区';
const spans = 's1:10,s2:27,s3:12';
const al = '跨境电子商务/跨境电商=s2|贸易新业态/外贸新业态=s1 s3';

it('splits a record back into its sentences', () => {
  expect(sentencesOf(content, spans)).toEqual([
    { fragment: 's1', text: '促进贸易新业态发展。' },
    { fragment: 's2', text: '推进跨境电子商务综合试验区建设，复制推广成熟经验做法。' },
    { fragment: 's3', text: '鼓励发展其他贸易新业态。' },
  ]);
});

it('parses term forms and the sentences they stand in', () => {
  expect(termsOf(al)).toEqual([
    { forms: ['跨境电子商务', '跨境电商'], fragments: ['s2'] },
    { forms: ['贸易新业态', '外贸新业态'], fragments: ['s1', 's3'] },
  ]);
});

describe.each([
  ['复制推广', 's2'],
  ['跨境电商', 's2'],
  ['新业态', 's1'],
  ['鼓励发展其他', 's3'],
  ['无关词语', undefined],
])('bestFragment for %j', (query, expected) => {
  it(`opens at ${expected ?? 'no sentence'}`, () => expect(bestFragment(sentencesOf(content, spans), query, termsOf(al))).toBe(expected));
});

it('highlights the query and the text form of a term it names by alias', () => {
  expect(highlightTerms('跨境电商', termsOf(al))).toEqual(['跨境电商', '跨境电子商务']);
  expect(highlightTerms('the single window', [])).toEqual(['single', 'window']);
});

it('matches alias forms whole, not by a stray character', () => {
  expect(matchedTerms('跨境电商', termsOf(al)).map((t) => t.forms[0])).toEqual(['跨境电子商务']);
  expect(matchedTerms('商', termsOf(al))).toEqual([]);
});

it('ranks a result holding the whole phrase above one holding its characters scattered', () => {
  const phrase = sentencesOf('优化通关作业流程。', 's1:9');
  const scattered = sentencesOf('优化结构，关注流程，作为基础。', 's1:15');
  expect(relevance(phrase, '优化通关作业流程', [])).toBeGreaterThan(relevance(scattered, '优化通关作业流程', []));
});

it('ranks the measure headed by a subject above one that mentions it once', () => {
  const headed = sentencesOf('Actively expanding imports.\nOther text.', 's1:27,s2:11');
  const passing = sentencesOf('Building platforms.\nHold the import expo.', 's1:19,s2:21');
  expect(relevance(headed, 'imports', [])).toBeGreaterThan(relevance(passing, 'imports', []));
});

it.each([
  ['imports', 'import'],
  ['trading', 'trad'],
  ['bus', 'bus'],
])('stem(%j) is %j', (word, expected) => expect(stem(word)).toBe(expected));

it("opens a result in the reader's language", () => {
  expect(inLanguage('/zh/trade-2019/measure-14/', 'en')).toBe('/en/trade-2019/measure-14/');
});

it.each([
  ['/en/trade-2019/measure-14/?q=x#s2', 'm14'],
  ['/zh/trade-2019/?q=x#preamble.s1', 'preamble'],
  ['/zh/trade-2019/part-1/?q=x#p1.para2.s1', 'p1.para2'],
  ['/en/trade-2019/part-8/?q=x#p8.heading', 'p8'],
  ['/en/trade-2019/part-3/', 'p3'],
  ['/zh/trade-2019/?q=x#title', 'title'],
])('unitOfHref(%j) is %j', (href, unit) => expect(unitOfHref(href)).toBe(unit));

it('rejects a malformed suite line, naming file and line', () => {
  expect(() => parseSuite('# header\n跨境电商\tFr 1\tm14\n', 'q.tsv')).toThrow(/^q\.tsv:2:1 expected/);
  expect(() => parseSuite('跨境电商\tchinese\n', 'q.tsv')).toThrow(/^q\.tsv:1:1 expected/);
});

it('runs every line of the suite from both interfaces', () => {
  expect(parseSuite('跨境电商\tchinese\tm14|m21\n').map((q) => [q.ui, q.category, q.expected])).toEqual([
    ['zh', 'chinese', ['m14', 'm21']],
    ['en', 'chinese', ['m14', 'm21']],
  ]);
});

describe.each([
  ['单一窗口', ['en-GB'], 'zh'],
  ['single window', ['zh-CN'], 'en'],
  ['WTO 规则', ['en-US', 'zh'], 'en'],
  ['WTO 规则', ['zh-TW'], 'zh'],
  ['14.2', ['en'], 'en'],
  ['（十四）', ['fr', 'en'], 'zh'],
  ['2022', ['fr'], 'zh'],
] as const)('the landing search for %j from a reader of %j', (query, reader, expected) => {
  it(`opens the ${expected} interface`, () => expect(interfaceFor(query, reader)).toBe(expected));
});
