import { z } from 'astro/zod';
import { ID_PATTERN } from './ids.ts';

const text = z.string().min(1);

/** Where a word stands: token `token` of sentence `sentence`; tokens [token, end) for a whole word the segmentation splits. */
export const WordOccurrenceSchema = z.object({
  sentence: z.string().regex(ID_PATTERN),
  token: z.number().int().nonnegative(),
  /** For a whole word of several tokens: the index after its last token. */
  end: z.number().int().positive().optional(),
});

/** A CC-CEDICT entry for the word, with whether its reading is one the word has in this text. */
export const WordSenseSchema = z.object({
  traditional: text,
  simplified: text,
  /** Tone marks, syllables separated by spaces (capitals for proper nouns). */
  pinyin: z.string(),
  /** The English senses, in the dictionary's order. */
  senses: z.array(text),
  matchesReading: z.boolean(),
});

/** One distinct word of a document: a token holding Han characters, or a whole word the segmentation splits. */
export const WordRecordSchema = z.object({
  /** The word in simplified characters. */
  word: text,
  /** Its readings in the text (tone marks), the most frequent first. */
  readings: z.array(z.string()).min(1),
  /** Its traditional forms in the text, the most frequent first. */
  traditional: z.array(text).min(1),
  /** The slug of its termbase entry, when the termbase has it. */
  term: text.optional(),
  /** The sense meant in this text: the termbase entry's English, or a sense reviewed in context. */
  lead: z.object({ en: text, source: z.enum(['termbase', 'reviewed']) }).optional(),
  /** Occurrences that mean something else. */
  at: z.array(z.object({ sentence: z.string().regex(ID_PATTERN), token: z.number().int().nonnegative(), en: text })),
  /** CC-CEDICT entries, those matching a reading in the text first; empty: not in the dictionary. */
  senses: z.array(WordSenseSchema),
  /** Every occurrence, in document order. */
  occurrences: z.array(WordOccurrenceSchema).min(1),
  /** For a whole word that the segmentation splits: its tokens. */
  tokens: z.array(text).min(2).optional(),
  /** The whole words this token stands inside somewhere in the text. */
  partOf: z.array(text),
  /** Reviewed as only ever part of a whole word. */
  fragment: z.boolean(),
});
export type WordRecord = z.output<typeof WordRecordSchema>;

/**
 * A document's words as `npm run content` computes them (src/lib/words/lexicon.ts): readings, traditional forms,
 * the sense meant here and the dictionary's senses, so that no page reads the dictionary or computes while it renders.
 */
export const WordsRecordSchema = z.object({
  /** What the dictionary subset says about itself: its date, licence URL, entry count and source. */
  dictionary: z.object({ date: text, license: text, entries: z.number().int().nonnegative(), source: text.optional() }),
  /** Every distinct word, in order of first occurrence; whole words after the tokens. */
  words: z.array(WordRecordSchema),
  /** Each sentence's traditional form, one string per token (the pinyin is on the sentence). */
  traditional: z.record(z.string().regex(ID_PATTERN), z.array(z.string())),
});
export type WordsRecord = z.output<typeof WordsRecordSchema>;
