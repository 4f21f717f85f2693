import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, inject, it } from 'vitest';
import type { toWordsExport } from '../../src/lib/words/export.ts';

type WordsExport = ReturnType<typeof toWordsExport>;
const dist = inject('distDir');
const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const schema = read('data/schema/words-v1.json') as { $id: string };
const data = read('data/trade-2019.words.json') as WordsExport;
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);

it('is valid against /data/schema/words-v1.json', () => {
  expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
});

it('names its schema by the schema’s own permanent URL', () => {
  expect(schema.$id).toMatch(/^https?:\/\/.+\/data\/schema\/words-v1\.json$/);
  expect(data.$schema).toBe(schema.$id);
});

it('states the dictionary’s attribution and CC BY-SA licence', () => {
  expect(data.dictionary).toMatchObject({
    name: 'CC-CEDICT',
    license: 'CC BY-SA 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  });
  expect(data.dictionary.credit).toContain('Denisowski');
});

it.each<[string, (e: WordsExport & Record<string, unknown>) => void]>([
  [
    'an unannounced field',
    (e) => {
      e.extra = true;
    },
  ],
  [
    'a sense without its source',
    (e) => {
      delete (e.words.find((w) => w.senses.length > 0)?.senses[0] as { source?: string }).source;
    },
  ],
  ['a malformed occurrence ID', (e) => void ((e.words[0]?.occurrences[0] as { id: string }).id = 'm1.x2')],
  ['a word without pinyin', (e) => void ((e.words[0] as unknown as { pinyin: string[] }).pinyin = [])],
])('rejects a words file with %s', (_, corrupt) => {
  const copy = structuredClone(data) as WordsExport & Record<string, unknown>;
  corrupt(copy);
  expect(validate(copy)).toBe(false);
});

it('has a page for every word, saying so when the dictionary lacks it', () => {
  for (const w of data.words) {
    for (const lang of ['zh', 'en'] as const) {
      const html = readFileSync(join(dist, lang, 'trade-2019', 'words', w.word, 'index.html'), 'utf8');
      if (!w.inDictionary) expect(html, `${lang} ${w.word}`).toContain('not-in-dictionary');
      else expect(html, `${lang} ${w.word}`).toContain(`<li>${escape(w.senses[0]?.senses[0] ?? '')}</li>`);
    }
  }
});
