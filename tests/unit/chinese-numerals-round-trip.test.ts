import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../src/lib/records/numerals.ts';

describe.each([
  [1, '一'],
  [9, '九'],
  [10, '十'],
  [11, '十一'],
  [14, '十四'],
  [20, '二十'],
  [27, '二十七'],
  [99, '九十九'],
])('numeral %i', (n, text) => {
  it(`is written ${text}`, () => expect(toChineseNumeral(n)).toBe(text));
  it(`is read back from ${text}`, () => expect(parseChineseNumeral(text)).toBe(n));
});

describe.each(['一十', '二二', '〇', '零', '百', '', '10', '十十'])('non-canonical %j', (text) => {
  it('is not a numeral', () => expect(parseChineseNumeral(text)).toBeUndefined());
});

it('refuses numbers it cannot write', () => {
  expect(() => toChineseNumeral(0)).toThrow(RangeError);
  expect(() => toChineseNumeral(100)).toThrow(RangeError);
  expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
});
