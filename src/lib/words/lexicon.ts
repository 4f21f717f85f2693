import { convert } from 'pinyin-pro';
import type { Annotation, Edition, Sentence } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { matchesReading, reduceCedict, type Cedict, type CedictEntry } from './cedict.ts';
import { isChineseWord, tokenPinyin } from './pinyin.ts';
import { tokenTraditional } from './traditional.ts';

/** Where a word stands: token `token` of sentence `sentence`. */
export interface WordOccurrence {
  readonly sentence: string;
  readonly token: number;
}

/** A dictionary entry as the edition shows it, with whether its reading is the one the text uses. */
export interface Sense extends CedictEntry {
  readonly matchesReading: boolean;
}

/** One distinct word of the edition (a token holding Han characters). */
export interface Word {
  readonly word: string;
  /** Its readings in the text, the most frequent first. */
  readonly readings: readonly string[];
  /** Its traditional forms in the text (OpenCC s2t at phrase level), the most frequent first. */
  readonly traditional: readonly string[];
  /** The termbase entry whose own form is exactly this word, if any. */
  readonly term?: Annotation;
  /** CC-CEDICT entries for it, those matching a reading in the text first; empty: not in the dictionary. */
  readonly senses: readonly Sense[];
  /** Every occurrence, in document order. */
  readonly occurrences: readonly WordOccurrence[];
}

/** Sentence-level readings, in context: pinyin (from the records when present) and traditional forms. */
export interface SentenceReadings {
  readonly pinyin: readonly string[];
  readonly traditional: readonly string[];
}

export function sentenceReadings(s: Sentence): SentenceReadings {
  return { pinyin: s.pinyin ?? tokenPinyin(s.tokens), traditional: tokenTraditional(s.tokens) };
}

/** Values by how often they occur, the most frequent first (ties: first seen first). */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** The termbase entry for a word: one whose own form, or one of whose token sequences, is exactly that one token. */
function termFor(word: string, annotations: readonly Annotation[]): Annotation | undefined {
  return (
    annotations.find((a) => a.zh === word && a.type !== 'translation-note') ??
    annotations.find((a) => a.type !== 'translation-note' && a.tokens.some((t) => t.length === 1 && t[0] === word))
  );
}

/**
 * Every distinct word of the edition with its readings, traditional forms,
 * termbase entry, dictionary senses and occurrences, in order of first
 * occurrence. The dictionary is reduced here to the edition's words.
 */
export function buildLexicon(edition: Edition, cedict: Cedict, readings: ReadonlyMap<string, SentenceReadings>): Word[] {
  const found = new Map<string, { pinyin: string[]; traditional: string[]; occurrences: WordOccurrence[] }>();
  for (const s of allSentences(edition)) {
    const r = readings.get(s.id) ?? sentenceReadings(s);
    s.tokens.forEach((token, i) => {
      if (!isChineseWord(token)) return;
      const w = found.get(token) ?? { pinyin: [], traditional: [], occurrences: [] };
      w.pinyin.push(r.pinyin[i] ?? '');
      w.traditional.push(r.traditional[i] ?? token);
      w.occurrences.push({ sentence: s.id, token: i });
      found.set(token, w);
    });
  }
  const readingsOf = new Map([...found].map(([word, w]) => [word, byFrequency(w.pinyin)]));
  const dictionary = reduceCedict(cedict.entries, readingsOf);
  return [...found].map(([word, w]) => {
    const wordReadings = readingsOf.get(word) ?? [];
    const term = termFor(word, edition.annotations);
    return {
      word,
      readings: wordReadings,
      traditional: byFrequency(w.traditional),
      ...(term ? { term } : {}),
      senses: (dictionary.get(word) ?? []).map((e) => ({ ...e, matchesReading: matchesReading(e, wordReadings) })),
      occurrences: w.occurrences,
    };
  });
}

/** A key that sorts pinyin alphabetically, then by tone (mā má mǎ mà ma), as dictionaries order it. */
export function pinyinSortKey(pinyin: string): string {
  const numbered = convert(pinyin.replace(/'/g, ''), { format: 'symbolToNum' });
  return `${numbered.replace(/\d/g, '')} ${numbered.replace(/\D/g, '')}`;
}

export const byPinyin = (a: Word, b: Word): number =>
  pinyinSortKey(a.readings[0] ?? '').localeCompare(pinyinSortKey(b.readings[0] ?? '')) || a.word.localeCompare(b.word, 'zh');
export const byFrequencyThenPinyin = (a: Word, b: Word): number => b.occurrences.length - a.occurrences.length || byPinyin(a, b);
