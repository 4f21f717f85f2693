import { describe, expect, it } from 'vitest';
import { stripTerminal } from '../../src/lib/records/punctuation.ts';
import { splitSentences } from '../../src/lib/parse/sentences.ts';
import type { Token } from '../../src/lib/parse/tokens.ts';

const tokens = (text: string): Token[] => text.split(' ').map((t, i) => ({ text: t, line: 7, column: i * 2 + 1 }));
const split = (text: string): string[] => splitSentences('f.zh.txt', tokens(text)).map((s) => s.map((t) => t.text).join(' '));

describe.each([
  ['one sentence', '甲 乙 。', ['甲 乙 。']],
  ['two sentences', '甲 。 乙 丙 。', ['甲 。', '乙 丙 。']],
  ['semicolon does not end a sentence', '甲 ； 乙 。', ['甲 ； 乙 。']],
  ['question and exclamation marks', '甲 ？ 乙 ！', ['甲 ？', '乙 ！']],
  ['closing quote stays with its sentence', '他 说 “ 好 。 ” 乙 。', ['他 说 “ 好 。 ”', '乙 。']],
  ['closing bracket stays with its sentence', '甲 。 ） 乙 。', ['甲 。 ）', '乙 。']],
])('%s', (_name, input, expected) => {
  it('splits as expected', () => expect(split(input)).toEqual(expected));
});

it('rejects a sentence that trails off, naming where it ends', () => {
  expect(() => split('甲 。 乙 丙')).toThrowErrorMatchingInlineSnapshot(
    `[SourceError: f.zh.txt:7:8 expected the sentence to end with 。, ！ or ？, found end of line after '乙丙']`,
  );
});

describe.each([
  ['夯实贸易发展的产业基础。', '夯实贸易发展的产业基础'],
  ['好吗？”', '好吗'],
  ['没有句号', '没有句号'],
])('stripTerminal(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(stripTerminal(text)).toBe(expected));
});
