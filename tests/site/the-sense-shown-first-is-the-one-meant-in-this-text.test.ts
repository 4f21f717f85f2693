/**
 * The first line a reader sees for a word is the sense it has in this text, not the dictionary's first sense:
 * checked for the text's most frequent words against an independently reviewed list, in the built words
 * download, in the popover data the reading client loads, and on the word's page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { toWordsExport } from '../../src/lib/words/export.ts';
import type { ReadingChunk } from '../../src/lib/words/reading-data.ts';

type WordsExport = ReturnType<typeof toWordsExport>;
const dist = inject('distDir');
const FIXTURE = 'tests/fixtures/words/first-senses.tsv';
const data = JSON.parse(readFileSync(join(dist, 'data/trade-2019.words.json'), 'utf8')) as WordsExport;
const chunkDir = join(dist, 'data/words/trade-2019');
const chunks = readdirSync(chunkDir).map((name) => JSON.parse(readFileSync(join(chunkDir, name), 'utf8')) as ReadingChunk);

const [header, ...rows] = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
const expected = rows.map((line) => line.split('\t') as [string, string]);
const byWord = new Map(data.words.map((w) => [w.word, w]));
const decode = (html: string): string =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

it('reads a list of the text’s 100 most frequent words (by occurrences; ties at the cut may go either way)', () => {
  expect(header).toBe('word\tfirst sense');
  const tokens = data.words.filter((w) => !('tokens' in w)).sort((a, b) => b.occurrences.length - a.occurrences.length);
  const cut = tokens[99]?.occurrences.length ?? 0;
  const listed = new Set(expected.map(([w]) => w));
  expect(listed.size).toBe(100);
  expect(tokens.filter((w) => w.occurrences.length > cut && !listed.has(w.word)).map((w) => w.word)).toEqual([]);
  expect(expected.filter(([w]) => (byWord.get(w)?.occurrences.length ?? 0) < cut).map(([w]) => w)).toEqual([]);
});

/** The whole word that covers an occurrence of a fragment (包 at m16.s1@3 → 外包), from the download. */
function wholeWordAt(id: string, token: number): (typeof data.words)[number] | undefined {
  return data.words.find(
    (w) => 'tokens' in w && w.occurrences.some((o) => o.id === id && o.token <= token && token < (o.end ?? o.token + 1)),
  );
}

describe.each(expected)('%s', (word, sense) => {
  const entry = byWord.get(word);
  // A fragment has no sense of its own: where it first stands, the reader is shown its whole word and that word's sense.
  // A word with a sense of its own is checked where that sense is shown: an occurrence outside any whole word and
  // without a sense of its own (`at`).
  const own = (o: { id: string; token: number }): boolean =>
    !wholeWordAt(o.id, o.token) && !(entry && 'at' in entry && entry.at?.some((a) => a.id === o.id && a.token === o.token));
  const first = entry?.sense ? entry.occurrences.find(own) : entry?.occurrences[0];
  const whole = entry && !entry.sense && first ? wholeWordAt(first.id, first.token) : undefined;

  it(`leads with “${sense}” in /data/trade-2019.words.json`, () => {
    expect(entry).toBeDefined();
    expect(whole ? whole.sense?.en : entry?.sense?.en).toBe(sense);
  });

  it('leads with it in the popover data the client loads, where the word first stands with that sense', () => {
    if (!first) throw new Error(`${word}: no occurrence shows its first sense`);
    const chunk = chunks.find((c) => c.s[first.id]);
    const span = chunk?.c[first.id]?.find(([from, to]) => first.token >= from && first.token < to);
    expect(span?.[2]).toBe(whole?.word);
    expect(chunk?.w[span?.[2] ?? word]?.[5]).toBe(sense);
    expect(chunk?.a[first.id]?.[first.token]).toBeUndefined();
  });

  it('leads with it on the word’s page, in both languages', () => {
    for (const lang of ['zh', 'en']) {
      const html = readFileSync(join(dist, lang, 'trade-2019', 'words', whole?.word ?? word, 'index.html'), 'utf8');
      const lead = /<p class="word-lead-sense"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
      expect(lead === undefined ? undefined : decode(lead), lang).toBe(sense);
      if (whole)
        expect(readFileSync(join(dist, lang, 'trade-2019', 'words', word, 'index.html'), 'utf8'), lang).toContain('class="word-part-of"');
    }
  });
});
