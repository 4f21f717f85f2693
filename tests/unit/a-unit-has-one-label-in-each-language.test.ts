import { describe, expect, it } from 'vitest';
import {
  measureNumber,
  measureTitle,
  paragraphTitle,
  partNumber,
  partTitle,
  unitLabel,
  withoutFinalStop,
} from '../../src/lib/records/labels.ts';
import { measureByNumber } from '../../src/lib/records/walk.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();

describe('unitLabel names an ID in running text', () => {
  it.each([
    ['m14', '（十四）', 'measure (14)'],
    ['m14.s2', '（十四）第2句', 'measure (14), sentence 2'],
    ['p5', '第五部分', 'part 5'],
    ['p5.heading', '第五部分标题', 'part 5, heading'],
    ['p1.para2', '第一部分第2段', 'part 1, paragraph 2'],
    ['p1.para2.s1', '第一部分第2段第1句', 'part 1, paragraph 2, sentence 1'],
    ['preamble.s3', '序言第3句', 'preamble, sentence 3'],
    ['title', '标题', 'title'],
    ['issuers', 'issuers', 'issuers'],
    ['not-an-id', 'not-an-id', 'not-an-id'],
  ])('%s', (id, zh, en) => {
    expect(unitLabel('zh', id)).toBe(zh);
    expect(unitLabel('en', id)).toBe(en);
  });
});

describe('the full-stop rule', () => {
  it.each([
    ['促进贸易新业态发展。', '促进贸易新业态发展'],
    ['Promote new forms of trade.', 'Promote new forms of trade'],
    ['加快推进“一带一路”。”', '加快推进“一带一路”'],
    ['Why not?', 'Why not?'],
    ['No stop', 'No stop'],
  ])('%j → %j', (text, expected) => expect(withoutFinalStop(text)).toBe(expected));
});

it('numbers and titles measures, parts and paragraphs as the source prints them', () => {
  const m14 = measureByNumber(edition, 14);
  const p1 = edition.parts[0];
  if (!m14 || !p1) throw new Error('the edition has no measure 14 or part 1');
  expect([measureNumber('zh', m14), measureNumber('en', m14)]).toEqual(['（十四）', '(14)']);
  expect([partNumber('zh', p1), partNumber('en', p1)]).toEqual(['一、', '1.']);
  expect(measureTitle('zh', m14)).toBe(`（十四）${m14.heading}`);
  expect(measureTitle('en', m14)).toMatch(/^\(14\) \S.*[^.]$/);
  expect(partTitle('zh', p1)).toBe(`一、${p1.heading.text}`);
  expect(paragraphTitle('zh', p1, 2)).toBe(`一、${p1.heading.text}（第2段）`);
  expect(paragraphTitle('en', p1, 2)).toBe(`1. ${p1.heading.en ?? ''} (paragraph 2)`);
});
