/**
 * One standard for traditional characters (OpenCC cn → tw, word by word): over every occurrence of every word in
 * the popover data the traditional view loads, and in the words download, a simplified word has one traditional
 * form; and no character of another standard (爲, 僞, 羣) appears.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import type { toWordsExport } from '../../src/lib/words/export.ts';
import type { ReadingChunk } from '../../src/lib/words/reading-data.ts';

type WordsExport = ReturnType<typeof toWordsExport>;
const dist = inject('distDir');
const data = JSON.parse(readFileSync(join(dist, 'data/trade-2019.words.json'), 'utf8')) as WordsExport;
const chunkDir = join(dist, 'data/words/trade-2019');
const chunkFiles = readdirSync(chunkDir);
const HAN = /\p{Script=Han}/u;

/** word → traditional form → where it stands (`m14.s2@3`), over every token of every sentence of every chunk. */
function formsInChunks(): Map<string, Map<string, string[]>> {
  const forms = new Map<string, Map<string, string[]>>();
  for (const name of chunkFiles) {
    const chunk = JSON.parse(readFileSync(join(chunkDir, name), 'utf8')) as ReadingChunk;
    for (const o of data.words.flatMap((w) => ('tokens' in w ? [] : w.occurrences.map((x) => ({ word: w.word, ...x }))))) {
      const form = chunk.s[o.id]?.[1][o.token];
      if (form === undefined) continue;
      const byForm = forms.get(o.word) ?? new Map<string, string[]>();
      byForm.set(form, [...(byForm.get(form) ?? []), `${o.id}@${o.token}`]);
      forms.set(o.word, byForm);
    }
  }
  return forms;
}

it('gives every occurrence of a word the same traditional form in the popover and traditional-view data', () => {
  const forms = formsInChunks();
  expect(forms.size).toBe(data.words.filter((w) => !('tokens' in w)).length);
  const mixed = [...forms]
    .filter(([, byForm]) => byForm.size > 1)
    .map(([word, byForm]) => `${word}: ${[...byForm].map(([f, at]) => `${f} (${at.join(' ')})`).join(' / ')}`);
  expect(mixed).toEqual([]);
});

it('gives every word one traditional form in the words download, the same as the data’s', () => {
  const forms = formsInChunks();
  for (const w of data.words) {
    expect(w.traditional, w.word).toHaveLength(1);
    if (!('tokens' in w)) expect([...(forms.get(w.word)?.keys() ?? [])], w.word).toEqual(w.traditional);
  }
});

it.each([
  ['准入', '准入'],
  ['为', '為'],
  ['发展', '發展'],
  ['若干', '若干'],
  ['制造业', '製造業'],
  ['平台', '平臺'],
])('writes %s as %s (Taiwan standard)', (word, form) => {
  expect(data.words.find((w) => w.word === word)?.traditional).toEqual([form]);
});

it.each(['爲', '僞', '羣'])('never writes %s, a form of neither Taiwan’s nor Hong Kong’s standard', (char) => {
  const all = data.words.flatMap((w) => w.traditional).join('');
  expect(HAN.test(all)).toBe(true);
  expect(all).not.toContain(char);
});
