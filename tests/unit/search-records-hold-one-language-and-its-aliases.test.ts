import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/lib/search/records.ts';
import { sentencesOf } from '../../src/lib/search/query.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const HAN = /\p{Script=Han}/u;

describe.each(['zh', 'en'] as const)('the %s index', (lang) => {
  const records = searchRecords(edition, lang);
  const measure = (n: number) => records.find((r) => r.meta.path === `/${lang}/trade-2019/measure-${n}/`);

  it('has one record per measure, plus the preamble and the two paragraphs of part 1', () => {
    expect(records).toHaveLength(27 + 1 + 2);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set([lang === 'zh' ? 'zh-cn' : 'en']));
  });

  it('holds each measure\'s sentences in this language only, recoverable one by one', () => {
    for (const m of edition.measures) {
      const record = measure(m.n);
      const texts = sentencesOf(record?.content ?? '', record?.meta.s ?? '').map((s) => s.text);
      expect(texts).toEqual(m.sentences.map((s) => (lang === 'zh' ? s.text : s.en)));
      if (lang === 'en') expect(texts.some((t) => HAN.test(t)), `m${m.n}`).toBe(false);
    }
  });

  it('titles every record in both languages and tags it with its part and themes', () => {
    const r = measure(14);
    expect(r?.meta.tzh).toBe('（十四）促进贸易新业态发展');
    expect(r?.meta.ten).toMatch(/^\(14\) /);
    expect(r?.filters.part).toEqual(['5']);
    expect(r?.filters.theme?.length).toBeGreaterThan(0);
  });
});

it.each([
  ['zh', 14, '跨境电商'],
  ['zh', 18, '进博会'],
  ['zh', 23, '自贸区'],
  ['en', 18, 'CIIE'],
  ['en', 22, 'WTO'],
  ['en', 14, 'e-commerce'],
] as const)('indexes the %s alias of measure %i: %s', (lang, n, alias) => {
  const record = searchRecords(edition, lang).find((r) => r.meta.path === `/${lang}/trade-2019/measure-${n}/`);
  expect(record?.content).toContain(alias);
});
