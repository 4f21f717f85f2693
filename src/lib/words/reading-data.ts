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
  /** “{part} is part of {word}”; filled in by the client. */
  readonly partOf: string;
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
  /**
   * Per word: [readings, traditional forms, dictionary senses (empty: not in the dictionary), occurrences,
   * termbase index or -1, the sense meant here (empty: none of its own, a fragment), 1 if that sense is the
   * termbase entry's English]. Whole words the
   * segmentation splits are here too, under the whole word.
   */
  readonly w: Record<string, WordEntry>;
  /** Per sentence anchor: the whole words the segmentation splits there, [first token, index after the last, whole word]. */
  readonly c: Record<string, [number, number, string][]>;
  /** Per sentence anchor, per token index: the sense meant at that occurrence, where it differs from the word's. */
  readonly a: Record<string, Record<number, string>>;
  /** Termbase entries: [zh, en, gloss zh, gloss en, slug]. */
  readonly g: [string, string, string, string, string][];
}

export type WordEntry = [string, string, string, number, number, string, 0 | 1];

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
    partOf: t(lang, 'wordPartOf'),
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
  const w: Record<string, WordEntry> = {};
  const c: Record<string, [number, number, string][]> = {};
  const a: Record<string, Record<number, string>> = {};
  const g: [string, string, string, string, string][] = [];
  const termIndex = new Map<string, number>();
  const add = (word: Word): void => {
    if (w[word.word]) return;
    let term = -1;
    if (word.term) {
      const e = word.term;
      term = termIndex.get(e.slug) ?? g.push([e.zh, headword(e.en), e.gloss.zh, e.gloss.en, e.slug]) - 1;
      termIndex.set(e.slug, term);
    }
    w[word.word] = [
      word.readings.join(' / '),
      word.traditional.join(' / '),
      sensesLine(word),
      word.occurrences.length,
      term,
      word.lead?.en ?? '',
      word.lead?.source === 'termbase' ? 1 : 0,
    ];
  };
  const ids = new Set(sentences.map((x) => x.id));
  const wholeWords = new Map<string, { word: Word; start: number; end: number }[]>();
  for (const word of words.words) {
    for (const o of word.occurrences) {
      if (o.end === undefined || !ids.has(o.sentence)) continue;
      wholeWords.set(o.sentence, [...(wholeWords.get(o.sentence) ?? []), { word, start: o.token, end: o.end }]);
    }
  }
  const atSenses = new Map<string, Record<number, string>>();
  for (const word of words.words) {
    for (const x of word.at) if (ids.has(x.sentence)) atSenses.set(x.sentence, { ...atSenses.get(x.sentence), [x.token]: x.en });
  }
  for (const sentence of sentences) {
    const r = words.readings.get(sentence.id);
    if (!r) continue;
    const anchors = [...new Set([sentence.id, fragmentOnMeasurePage(sentence.id)])];
    const spans = (wholeWords.get(sentence.id) ?? []).sort((x, y) => x.start - y.start);
    const here = atSenses.get(sentence.id);
    for (const anchor of anchors) {
      s[anchor] = [r.pinyin, r.traditional];
      if (spans.length > 0) c[anchor] = spans.map((x) => [x.start, x.end, x.word.word]);
      if (here) a[anchor] = here;
    }
    for (const span of spans) add(span.word);
    for (const token of sentence.tokens) {
      const word = words.byWord.get(token);
      if (word) add(word);
    }
  }
  const folders = Object.fromEntries(LANGS.map((lang) => [lang, withBase(base, wordPaths.index(lang, slug))])) as Record<Lang, string>;
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, strings(lang)])) as Record<Lang, PopoverStrings>;
  return { t: texts, u: folders, s, w, c, a, g };
}
