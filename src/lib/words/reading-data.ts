import { LANGS, t, type Lang } from '../../i18n/index.ts';
import { headword } from '../annotate/headword.ts';
import type { Edition } from '../records/index.ts';
import { fragmentOnMeasurePage } from '../records/ids.ts';
import { allSentences } from '../records/walk.ts';
import { withBase } from '../urls/routes.ts';
import type { Word } from './lexicon.ts';
import { chunkOf, wordPaths } from './paths.ts';
import type { Words } from './read.ts';

/** The UI strings the word popover and the reading switches need, in one interface language. */
export interface PopoverStrings {
  readonly pinyin: string;
  readonly traditional: string;
  readonly termbase: string;
  readonly notInDictionary: string;
  /** “all {n} occurrences”; `{n}` is filled in by the client. */
  readonly all: string;
  readonly one: string;
  readonly close: string;
  readonly source: string;
}

/**
 * What the reading client loads on first use for one chunk of the text
 * (/data/words/{doc}/{chunk}.json): the readings of its sentences and the
 * words that occur in them. Kept small (arrays, short keys): a measure's
 * chunk must stay within 25 KB gzip.
 */
export interface ReadingChunk {
  /** Popover strings by interface language. */
  readonly t: Record<Lang, PopoverStrings>;
  /** The word pages' folder by interface language, with the base: `/zh/trade-2019/words/`. */
  readonly u: Record<Lang, string>;
  /** Per sentence, by its anchor on any page (full ID, and `s2` for a measure sentence): [pinyin, traditional] per token. */
  readonly s: Record<string, [readonly string[], readonly string[]]>;
  /** Per word: [readings, traditional forms, senses (empty: not in the dictionary), occurrences, termbase index or -1]. */
  readonly w: Record<string, [string, string, string, number, number]>;
  /** Termbase entries: [zh, en, gloss zh, gloss en, slug]. */
  readonly g: [string, string, string, string, string][];
}

/** At most this many senses in the popover; the word page has them all. */
const SENSES = 6;

function sensesLine(w: Word): string {
  const matching = w.senses.filter((s) => s.matchesReading);
  const senses = (matching.length > 0 ? matching : w.senses).flatMap((s) => s.senses);
  return senses.slice(0, SENSES).join('; ') + (senses.length > SENSES ? '; …' : '');
}

function strings(lang: Lang): PopoverStrings {
  return {
    pinyin: t(lang, 'pinyin'),
    traditional: t(lang, 'traditional'),
    termbase: t(lang, 'termbaseEntry'),
    notInDictionary: t(lang, 'notInDictionaryShort'),
    all: t(lang, 'allOccurrences'),
    one: t(lang, 'oneOccurrence'),
    close: t(lang, 'close'),
    source: 'CC-CEDICT',
  };
}

/** The chunk names of an edition, in document order. */
export function chunkNames(edition: Edition): string[] {
  return [...new Set(allSentences(edition).map((s) => chunkOf(s.id)))];
}

/** The reading data of one chunk of an edition. */
export function readingChunk(edition: Edition, words: Words, chunk: string, base: string): ReadingChunk {
  const slug = edition.document.slug;
  const sentences = allSentences(edition).filter((s) => chunkOf(s.id) === chunk);
  const s: Record<string, [readonly string[], readonly string[]]> = {};
  const w: Record<string, [string, string, string, number, number]> = {};
  const g: [string, string, string, string, string][] = [];
  const termIndex = new Map<string, number>();
  for (const sentence of sentences) {
    const r = words.readings.get(sentence.id);
    if (!r) continue;
    s[sentence.id] = [r.pinyin, r.traditional];
    const local = fragmentOnMeasurePage(sentence.id);
    if (local !== sentence.id) s[local] = [r.pinyin, r.traditional];
    for (const token of sentence.tokens) {
      const word = words.byWord.get(token);
      if (!word || w[token]) continue;
      let term = -1;
      if (word.term) {
        const a = word.term;
        term = termIndex.get(a.slug) ?? g.push([a.zh, headword(a.en), a.gloss.zh, a.gloss.en, a.slug]) - 1;
        termIndex.set(a.slug, term);
      }
      w[token] = [word.readings.join(' / '), word.traditional.join(' / '), sensesLine(word), word.occurrences.length, term];
    }
  }
  const folders = Object.fromEntries(LANGS.map((lang) => [lang, withBase(base, wordPaths.index(lang, slug))])) as Record<Lang, string>;
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, strings(lang)])) as Record<Lang, PopoverStrings>;
  return { t: texts, u: folders, s, w, g };
}
