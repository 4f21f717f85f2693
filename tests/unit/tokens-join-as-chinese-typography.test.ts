import { describe, expect, it } from 'vitest';
import { joinTokens } from '../../src/lib/parse/join.ts';

describe.each([
  ['date', '（ 2019 年 11 月 19 日 ）', '（2019年11月19日）'],
  ['book title marks', '《 贸易 便利 化 协定 》', '《贸易便利化协定》'],
  ['quotation marks', '“ 一带 一路 ”', '“一带一路”'],
  ['measure label', '（ 一 ）', '（一）'],
  ['comma and full stop', '发展 ， 是 大事 。', '发展，是大事。'],
  ['number and unit', '到 2022 年 ，', '到2022年，'],
  ['two Latin words keep a space', 'WTO 2019', 'WTO 2019'],
  ['Latin next to Chinese', 'WTO 规则', 'WTO规则'],
  ['single token', '中共中央', '中共中央'],
])('%s', (_name, tokens, text) => {
  it(`joins to ${text}`, () => expect(joinTokens(tokens.split(' '))).toBe(text));
});

it('joins nothing to nothing', () => expect(joinTokens([])).toBe(''));
