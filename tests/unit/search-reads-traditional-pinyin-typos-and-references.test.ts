import { describe, expect, it } from 'vitest';
import { allowedEdits, correctWord, interpret, lexicon, segmentQuery } from '../../src/lib/search/interpret.ts';
import { parseReference } from '../../src/lib/search/reference.ts';
import { formatId } from '../../src/lib/records/ids.ts';
import { searchVocabulary } from '../../src/lib/search/vocabulary.ts';
import { realEdition } from '../support/content.ts';

const vocabulary = searchVocabulary([realEdition()]);
const lex = lexicon(vocabulary);

describe.each([
  ['單一窗口', '单一窗口', 'traditional'],
  ['中歐班列', '中欧班列', 'traditional'],
  ['跨境電子商務', '跨境电子商务', 'traditional'],
  ['danyi chuangkou', '单一窗口', 'pinyin'],
  ['kuajingdianshang', '跨境电商', 'pinyin'],
  ['kuajing dianshang', '跨境电商', 'pinyin'],
  ['lvse maoyi', '绿色贸易', 'pinyin'],
  ['singel window', 'single window', 'spelling'],
  ['blockchian', 'blockchain', 'spelling'],
  ['e-comerce', 'e-commerce', 'spelling'],
  ['single window', 'single window', undefined],
  ['trade', 'trade', undefined],
  ['跨境电商', '跨境电商', undefined],
] as const)('interpret(%j)', (typed, query, via) => {
  it(`reads it as ${query}${via ? ` (${via})` : ''}`, () => expect(interpret(typed, lex)).toEqual(via ? { query, via } : { query }));
});

describe.each([
  ['跨境电子商务综合试验区', '跨境电子商务综合试验区'],
  ['推进跨境电子商务', '推进 跨境电子商务'],
  ['跨境电', '跨境 电'],
  ['WTO规则', 'WTO 规则'],
])('segmentQuery(%j)', (query, expected) => {
  it(`is ${expected}`, () => expect(segmentQuery(query, lex)).toBe(expected));
});

it.each([
  ['trad', 0],
  ['trade', 1],
  ['brand', 1],
  ['blockchain', 2],
  ['e-comerce', 1],
])('allows %j %i edits', (word, edits) => expect(allowedEdits(word)).toBe(edits));

it('corrects only words the edition lacks, within the allowed edits', () => {
  expect(correctWord('window', lex)).toBeUndefined();
  expect(correctWord('wndw', lex)).toBeUndefined();
  expect(correctWord('xyzzyplugh', lex)).toBeUndefined();
  expect(correctWord('brnads', lex)).toBe('brands');
});

describe.each([
  ['m14.s2', 'm14.s2'],
  ['M14', 'm14'],
  ['p3', 'p3'],
  ['p1.para2', 'p1.para2'],
  ['preamble.s1', 'preamble.s1'],
  ['14.2', 'm14.s2'],
  ['14．2', 'm14.s2'],
  ['（十四）', 'm14'],
  ['(14)', 'm14'],
  ['第十四条', 'm14'],
  ['measure 14', 'm14'],
  ['Measure 14, sentence 2', 'm14.s2'],
  ['part 5', 'p5'],
  ['第五部分', 'p5'],
  ['八、', 'p8'],
  ['measure 40', undefined],
  ['p9', undefined],
  ['title', undefined],
  ['2022', undefined],
  ['单一窗口', undefined],
])('parseReference(%j)', (query, expected) => {
  it(`is ${expected ?? 'no reference'}`, () => {
    const id = parseReference(query, { parts: 8, measures: 27 });
    expect(id && formatId(id)).toBe(expected);
  });
});

it('keeps the vocabulary small: only what the corpus uses', () => {
  expect(Object.values(vocabulary.t2s).every((s) => vocabulary.zh.some((w) => w.includes(s)) || s.length === 1)).toBe(true);
  expect(JSON.stringify(vocabulary).length).toBeLessThan(80_000);
});
