import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { allIds, editionTokens } from '../../src/lib/records/walk.ts';
import { tokenStream } from '../../src/lib/parse/tokens.ts';
import { toChineseNumeral } from '../../src/lib/records/numerals.ts';

const path = 'seeds/trade-2019.zh.txt';
const bytes = readFileSync(path);
const [edition] = parseCorpus([{ path, bytes }]);
if (!edition) throw new Error('no edition');
const { document: doc, parts, measures } = edition;

it('reads the front matter', () => {
  expect(doc.slug).toBe('trade-2019');
  expect(doc.issuers).toEqual(['中共中央', '国务院']);
  expect(doc.title.text).toBe('关于推进贸易高质量发展的指导意见');
  expect(doc.fullTitle).toBe('中共中央 国务院关于推进贸易高质量发展的指导意见');
  expect(doc.date).toBe('2019-11-19');
  expect(doc.dateline.text).toBe('（2019年11月19日）');
  expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
});

it('has two preamble sentences', () => {
  expect(doc.preamble.map((s) => s.id)).toEqual(['preamble.s1', 'preamble.s2']);
  expect(doc.preamble[1]?.text).toBe('为加快培育贸易竞争新优势，推进贸易高质量发展，现提出如下意见。');
});

it('has parts 1..8 and measures 1..27, numbered continuously across parts', () => {
  expect(parts.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(measures.map((m) => m.n)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  expect(measures.map((m) => m.numeral)).toEqual(measures.map((m) => toChineseNumeral(m.n)));
  expect(parts.flatMap((p) => p.measures)).toEqual(measures.map((m) => m.n));
  expect(parts.map((p) => p.measures.length)).toEqual([0, 4, 5, 4, 3, 5, 3, 3]);
});

it('gives part 1 its two unnumbered paragraphs: the guiding principles and the 2022 target', () => {
  const [p1] = parts;
  expect(p1?.heading.text).toBe('总体要求');
  expect(p1?.paragraphs.map((q) => q.id)).toEqual(['p1.para1', 'p1.para2']);
  expect(p1?.paragraphs[1]?.sentences[0]?.text.startsWith('到2022年，')).toBe(true);
});

describe.each([
  [1, '夯实贸易发展的产业基础'],
  [14, '促进贸易新业态发展'],
  [22, '深化管理体制改革'],
  [23, '充分发挥自由贸易试验区示范引领作用，高水平建设中国特色自由贸易港'],
  [27, '促进贸易投资自由化便利化'],
])('measure %i', (n, heading) => {
  const m = measures[n - 1];
  it(`is headed ${heading}`, () => expect(m?.heading).toBe(heading));
  it('has its heading as sentence 1', () => expect(m?.sentences[0]?.id).toBe(`m${n}.s1`));
});

it('joins display text as Chinese typography does', () => {
  const texts = measures.flatMap((m) => m.sentences.map((s) => s.text));
  expect(texts.some((t) => t.includes('《贸易便利化协定》'))).toBe(true);
  expect(texts.some((t) => t.includes('“一带一路”'))).toBe(true);
  expect(texts.every((t) => !/\s/.test(t))).toBe(true);
});

it('is lossless: the records give back the source token stream exactly', () => {
  expect(editionTokens(edition)).toEqual(tokenStream(bytes.toString('utf8')));
});

it('gives every unit a unique structural ID', () => {
  const ids = allIds(edition);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('m14.s2');
  expect(ids).toContain('p1.para2.s1');
});

it('ends every sentence with terminal punctuation', () => {
  const sentences = [
    ...doc.preamble,
    ...parts.flatMap((p) => p.paragraphs.flatMap((q) => q.sentences)),
    ...measures.flatMap((m) => m.sentences),
  ];
  for (const s of sentences) expect(s.text, s.id).toMatch(/[。！？][”’）》]*$/u);
});

it('records where each unit starts in the seed', () => {
  expect(measures[13]?.source).toEqual({ file: path, line: 25, column: 1 });
  expect(measures[13]?.sentences[1]?.source).toEqual({ file: path, line: 25, column: expect.any(Number) });
});
