import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/lib/search/records.ts';
import { searchRecordOf } from '../../src/lib/search/reference.ts';
import { parseId } from '../../src/lib/records/ids.ts';
import { walk } from '../../src/lib/records/walk.ts';
import { sentencesOf } from '../../src/lib/search/query.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const HAN = /\p{Script=Han}/u;

describe.each(['zh', 'en'] as const)('the %s index', (lang) => {
  const records = searchRecords(edition, lang);
  const measure = (n: number) => records.find((r) => r.meta.path === `/${lang}/trade-2019/measure-${n}/`);

  it('has one record per measure and per part heading, plus the front matter, the preamble and the two paragraphs of part 1', () => {
    expect(records).toHaveLength(27 + 8 + 1 + 1 + 2);
    expect(records.map((r) => r.meta.u).slice(0, 5)).toEqual(['title', 'preamble', 'p1', 'p1.para1', 'p1.para2']);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set([lang === 'zh' ? 'und' : 'en']));
  });

  it('files every unit under the record its `u` filter names, as a query naming the unit looks it up', () => {
    for (const r of records) expect(r.filters.u).toEqual([r.meta.u]);
    let checked = 0;
    for (const step of walk(edition)) {
      if (!('sentence' in step)) continue;
      const id = parseId(step.sentence.id);
      if (!id) throw new Error(`no ID: ${step.sentence.id}`);
      const record = records.find((r) => r.meta.u === searchRecordOf(id));
      // A measure's sentences are filed under their short fragment (`s2`) on the measure page.
      const fragment = id.kind === 'measure-sentence' ? `s${id.sentence}` : step.sentence.id;
      expect(record, step.sentence.id).toBeDefined();
      expect(
        record?.meta.s?.split(',').some((entry) => entry.startsWith(`${fragment}:`)),
        step.sentence.id,
      ).toBe(true);
      checked++;
    }
    // Every sentence of every record was reached from the walk.
    expect(checked).toBe(records.reduce((n, r) => n + (r.meta.s ?? '').split(',').filter(Boolean).length, 0));
  });

  it('indexes part headings and the front matter', () => {
    const p8 = records.find((r) => r.meta.u === 'p8');
    expect(p8?.url).toBe(`/${lang}/trade-2019/part-8/#p8.heading`);
    const texts = sentencesOf(p8?.content ?? '', p8?.meta.s ?? '', p8?.meta.tk === '1').map((s) => s.text);
    expect(texts).toEqual([lang === 'zh' ? edition.parts[7]?.heading.text : edition.parts[7]?.heading.en]);
    const front = records.find((r) => r.meta.u === 'title');
    expect(front?.url).toBe(`/${lang}/trade-2019/#title`);
  });

  it("holds each measure's sentences in this language only, recoverable one by one", () => {
    for (const m of edition.measures) {
      const record = measure(m.n);
      const texts = sentencesOf(record?.content ?? '', record?.meta.s ?? '', record?.meta.tk === '1').map((s) => s.text);
      expect(texts).toEqual(m.sentences.map((s) => (lang === 'zh' ? s.text : s.en)));
      if (lang === 'en')
        expect(
          texts.some((t) => HAN.test(t)),
          `m${m.n}`,
        ).toBe(false);
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

it("writes the Chinese index as the seed's tokens, with term forms whole and token suffixes for substrings", () => {
  const record = searchRecords(edition, 'zh').find((r) => r.meta.u === 'm6');
  const words = new Set(record?.content.split(/\s+/));
  for (const word of ['京津冀', '京津冀协同发展', '大湾区', '湾区', '粤港澳大湾区']) expect(words.has(word), word).toBe(true);
  expect(record?.content.split('\n')[1]).toContain(' ');
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
