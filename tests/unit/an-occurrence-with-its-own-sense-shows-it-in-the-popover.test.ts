/**
 * A word whose meaning differs at one occurrence (`at:` in the reviewed senses) shows that sense in the popover of
 * that token, and the word's own sense everywhere else; a whole word's tokens all open the whole word.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildRecords } from '../../src/lib/content/build.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { fragmentOnMeasurePage } from '../../src/lib/records/ids.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { parseCedict } from '../../src/lib/words/cedict.ts';
import { chunkOf } from '../../src/lib/words/paths.ts';
import { CEDICT_FILE, computeWords, wordsOf } from '../../src/lib/words/read.ts';
import { readingChunk } from '../../src/lib/words/reading-data.ts';
import { parseSenses } from '../../src/lib/words/senses.ts';

const base = buildRecords({ ...readContentFiles(), words: [] }).editions.find((e) => e.document.slug === 'trade-2019');
if (!base) throw new Error('no trade-2019 edition');
const places = allSentences(base).flatMap((s) => s.tokens.flatMap((t, i) => (t === '对' ? [{ id: s.id, token: i }] : [])));
const [one, other] = places;
if (!one || !other) throw new Error('expected 对 twice');
const senses = parseSenses(
  'senses.yaml',
  [
    'words:',
    '  对:',
    '    en: towards; regarding',
    '    at:',
    `      ${one.id}@${one.token}: to (an object of an action)`,
    'compounds:',
    '  外 包:',
    '    word: 外包',
    '    en: outsourcing',
    '',
  ].join('\n'),
);
const edition = { ...base, words: computeWords(base, parseCedict(readFileSync(CEDICT_FILE, 'utf8'), CEDICT_FILE), senses) };
const words = wordsOf(edition);
const chunkFor = (id: string) => readingChunk(edition, words, chunkOf(id), '/');

it('gives the occurrence named in at: its own sense, under both of the sentence’s anchors', () => {
  const chunk = chunkFor(one.id);
  expect(chunk.a[one.id]?.[one.token]).toBe('to (an object of an action)');
  expect(chunk.a[fragmentOnMeasurePage(one.id)]?.[one.token]).toBe('to (an object of an action)');
  expect(chunk.w['对']?.[5]).toBe('towards; regarding');
});

it('leaves every other occurrence with the word’s own sense', () => {
  const chunk = chunkFor(other.id);
  expect(chunk.a[other.id]?.[other.token]).toBeUndefined();
  expect(chunk.w['对']?.[5]).toBe('towards; regarding');
});

it('maps every token of a split word to the whole word, which leads with its sense', () => {
  const whole = words.byWord.get('外包');
  expect(whole?.tokens).toEqual(['外', '包']);
  for (const o of whole?.occurrences ?? []) {
    const chunk = chunkFor(o.sentence);
    expect(chunk.c[o.sentence]).toContainEqual([o.token, o.end, '外包']);
    expect(chunk.w['外包']?.[5]).toBe('outsourcing');
  }
  expect(words.byWord.get('包')?.partOf).toEqual(['外包']);
});
