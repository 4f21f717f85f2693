import type { Edition } from '../records/index.ts';
import type { Words } from './read.ts';
import { TRADITIONAL_STANDARD } from './traditional.ts';

/** Bumped whenever a field is removed or changes meaning; adding fields keeps the version. */
export const WORDS_EXPORT_VERSION = 1;

/** Who made the dictionary and on what terms: stated in the download and on the data page. */
export function dictionaryAttribution(words: Words) {
  return {
    name: 'CC-CEDICT',
    description: 'Community maintained free Chinese-English dictionary, published by MDBG',
    url: 'https://cc-cedict.org/wiki/',
    release: words.dictionary.date,
    source: words.dictionary.source ?? 'CC-CEDICT',
    license: 'CC BY-SA 4.0',
    licenseUrl: words.dictionary.license,
    credit: 'CEDICT – Copyright (C) 1997, 1998 Paul Andrew Denisowski; CC-CEDICT contributors',
    changes:
      'Reduced to the words of this document and the whole words its segmentation splits; senses unchanged; ' +
      'pinyin converted from tone numbers to tone marks. ' +
      'The senses in this file are shared under the same licence, CC BY-SA 4.0.',
  };
}

/**
 * The words download, /data/{doc}.words.json (schema: words-json-schema.ts):
 * every distinct word with its readings and traditional forms in the text,
 * the sense meant here (`sense`, per occurrence in `at`), its termbase entry,
 * its CC-CEDICT senses (or `inDictionary: false`) and the ID and token index
 * of every occurrence; whole words the segmentation splits carry `tokens`,
 * and their parts `partOf`.
 */
export function toWordsExport(edition: Edition, words: Words, schema: string) {
  return {
    $schema: schema,
    version: WORDS_EXPORT_VERSION,
    slug: edition.document.slug,
    dictionary: dictionaryAttribution(words),
    traditional: TRADITIONAL_STANDARD,
    reviewed:
      'The sense meant in this text leads: the termbase entry’s English where the word is a term, else a sense reviewed in context; the dictionary’s senses follow.',
    pinyin: 'pinyin-pro, read over each whole sentence; citation tones; checked by hand for characters with more than one reading',
    words: words.words.map((w) => ({
      word: w.word,
      pinyin: w.readings,
      traditional: w.traditional,
      ...(w.tokens ? { tokens: w.tokens } : {}),
      ...(w.lead
        ? { sense: { source: w.lead.source, en: w.lead.en, ...(w.lead.source === 'termbase' && w.term ? { slug: w.term.slug } : {}) } }
        : {}),
      ...(w.at.length > 0 ? { at: w.at.map((a) => ({ id: a.sentence, token: a.token, en: a.en })) } : {}),
      ...(w.fragment ? { fragment: true } : {}),
      ...(w.partOf.length > 0 ? { partOf: w.partOf } : {}),
      ...(w.term
        ? { termbase: { source: 'termbase', slug: w.term.slug, zh: w.term.zh, pinyin: w.term.pinyin, en: w.term.en, gloss: w.term.gloss } }
        : {}),
      inDictionary: w.senses.length > 0,
      senses: w.senses.map((s) => ({
        source: 'CC-CEDICT',
        pinyin: s.pinyin,
        traditional: s.traditional,
        matchesReading: s.matchesReading,
        senses: s.senses,
      })),
      occurrences: w.occurrences.map((o) => ({ id: o.sentence, token: o.token, ...(o.end !== undefined ? { end: o.end } : {}) })),
    })),
  };
}

export function wordsJson(edition: Edition, words: Words, schema: string): string {
  return `${JSON.stringify(toWordsExport(edition, words, schema), null, 1)}\n`;
}
