/**
 * Where the source's segmentation splits a word (外 包, 一带 一路), the reader is shown the whole word: the popover
 * data maps every token of the split to the whole word, which has its own sense and page, and the fragment's page
 * says what it is part of and links there. The seed's tokens themselves are unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { toWordsExport } from '../../src/lib/words/export.ts';
import { chunkOf, wordPaths } from '../../src/lib/words/paths.ts';
import { isChineseWord } from '../../src/lib/words/pinyin.ts';
import type { ReadingChunk } from '../../src/lib/words/reading-data.ts';

type WordsExport = ReturnType<typeof toWordsExport>;
type ExportedWord = WordsExport['words'][number];
const dist = inject('distDir');
const data = JSON.parse(readFileSync(join(dist, 'data/trade-2019.words.json'), 'utf8')) as WordsExport;
const chunk = (id: string): ReadingChunk =>
  JSON.parse(readFileSync(join(dist, `data/words/trade-2019/${chunkOf(id)}.json`), 'utf8')) as ReadingChunk;
const page = (lang: string, word: string): string => readFileSync(join(dist, lang, 'trade-2019', 'words', word, 'index.html'), 'utf8');
const wholeWords = data.words.filter((w): w is ExportedWord & { tokens: string[] } => 'tokens' in w && Array.isArray(w.tokens));
const fragments = data.words.filter((w) => 'fragment' in w && w.fragment);

it('finds whole words split by the segmentation, and fragments that stand only inside them', () => {
  expect(wholeWords.map((w) => w.word)).toEqual(expect.arrayContaining(['外包', '营商', '一带一路']));
  expect(fragments.length).toBeGreaterThan(0);
});

describe.each(wholeWords.map((w) => [w.word, w] as const))('%s', (word, whole) => {
  it('has a sense of its own, first', () => {
    expect(whole.sense?.en).toEqual(expect.any(String));
    expect(whole.occurrences.length).toBeGreaterThan(0);
  });

  it('is what the popover shows for every token of every occurrence', () => {
    for (const o of whole.occurrences) {
      const c = chunk(o.id);
      expect(c.c[o.id], o.id).toContainEqual([o.token, o.end, word]);
      expect(c.w[word]?.[5], o.id).toBe(whole.sense?.en);
    }
  });

  it('is linked from the page of each of its tokens, which says it is part of it', () => {
    for (const token of whole.tokens.filter(isChineseWord)) {
      for (const lang of ['zh', 'en']) {
        const html = page(lang, token);
        expect(html, `${lang} ${token}`).toContain('class="word-part-of"');
        expect(html, `${lang} ${token}`).toContain(`href="${wordPaths.word(lang === 'zh' ? 'zh' : 'en', 'trade-2019', word)}"`);
      }
    }
  });
});

it('covers every occurrence of every fragment with a whole word in the popover data', () => {
  const uncovered = fragments.flatMap((f) =>
    f.occurrences
      .filter((o) => !(chunk(o.id).c[o.id] ?? []).some(([from, to]) => o.token >= from && o.token < to))
      .map((o) => `${f.word} ${o.id}@${o.token}`),
  );
  expect(uncovered).toEqual([]);
});
