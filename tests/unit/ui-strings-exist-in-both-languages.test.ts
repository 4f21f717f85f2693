import { expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

it('has the same keys in en.json and zh.json, none empty', () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)]) expect(value.trim(), key).not.toBe('');
});
