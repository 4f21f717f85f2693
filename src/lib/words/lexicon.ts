import { convert } from 'pinyin-pro';
import type { Annotation, Edition, Sentence } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { matchesReading, reduceCedict, type Cedict, type CedictEntry } from './cedict.ts';
import { isChineseWord, tokenPinyin } from './pinyin.ts';
import { compoundSpans, type ReviewedSenses } from './senses.ts';
import { tokenTraditional } from './traditional.ts';

/** Where a word stands: token `token` of sentence `sentence` (tokens [token, end) for a whole word the segmentation splits). */
export interface WordOccurrence {
  readonly sentence: string;
  readonly token: number;
  readonly end?: number | undefined;
}

/** A dictionary entry as the edition shows it, with whether its reading is the one the text uses. */
export interface Sense extends CedictEntry {
  readonly matchesReading: boolean;
}

/** The sense a word has in this text, reviewed in context: it leads, before the dictionary's senses. */
export interface LeadSense {
  readonly en: string;
  /** `termbase`: the word is a termbase entry and this is its English; `reviewed`: content/words/{doc}.senses.yaml. */
  readonly source: 'termbase' | 'reviewed';
}

/** A sense that one occurrence has instead of the lead sense. */
export interface OccurrenceSense {
  readonly sentence: string;
  readonly token: number;
  readonly en: string;
}

/** One distinct word of the edition: a token holding Han characters, or a whole word its segmentation splits. */
export interface Word {
  readonly word: string;
  /** Its readings in the text, the most frequent first. */
  readonly readings: readonly string[];
  /** Its traditional forms in the text (traditional.ts: one standard, word by word), the most frequent first. */
  readonly traditional: readonly string[];
  /** The termbase entry for the word: the one the reviewed senses name, else one whose own form is exactly this word. */
  readonly term?: Annotation | undefined;
  /** The sense meant here; absent for a fragment (it has its whole word's) and where no senses are reviewed. */
  readonly lead?: LeadSense | undefined;
  /** Occurrences that mean something else than the lead sense. */
  readonly at: readonly OccurrenceSense[];
  /** CC-CEDICT entries for it, those matching a reading in the text first; empty: not in the dictionary. */
  readonly senses: readonly Sense[];
  /** Every occurrence, in document order. */
  readonly occurrences: readonly WordOccurrence[];
  /** For a whole word that the segmentation splits: its tokens as they stand in the seed. */
  readonly tokens?: readonly string[] | undefined;
  /** The whole words this token stands inside somewhere in the text (外包 for 包). */
  readonly partOf: readonly string[];
  /** Reviewed as only ever a part of a whole word: it has no sense of its own here. */
  readonly fragment: boolean;
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

/** The English of a termbase entry as displayed (a headword in quotation marks keeps them). */

/** Syllables of several tokens joined as one word, with the apostrophe Hanyu Pinyin puts before a, o, e (yīdàiyīlù, xī'ān). */
function joinReadings(parts: readonly string[]): string {
  return parts.reduce((out, p) => (out !== '' && /^[aoeāáǎàōóǒòēéěè]/.test(p) ? `${out}'${p}` : out + p), '');
}

interface Found {
  pinyin: string[];
  traditional: string[];
  occurrences: WordOccurrence[];
  tokens?: readonly string[];
  partOf: Set<string>;
}

/**
 * Every distinct word of the edition with its readings, traditional forms,
 * termbase entry, reviewed sense, dictionary senses and occurrences, in order
 * of first occurrence; then the whole words the segmentation splits
 * (`compounds` of the reviewed senses). The dictionary is reduced here to
 * the edition's words.
 */
export function buildLexicon(
  edition: Edition,
  cedict: Cedict,
  readings: ReadonlyMap<string, SentenceReadings>,
  senses?: ReviewedSenses,
): Word[] {
  const found = new Map<string, Found>();
  const entry = (word: string): Found => {
    const w = found.get(word) ?? { pinyin: [], traditional: [], occurrences: [], partOf: new Set<string>() };
    found.set(word, w);
    return w;
  };
  const sentences = allSentences(edition);
  for (const s of sentences) {
    const r = readings.get(s.id) ?? sentenceReadings(s);
    s.tokens.forEach((token, i) => {
      if (!isChineseWord(token)) return;
      const w = entry(token);
      w.pinyin.push(r.pinyin[i] ?? '');
      w.traditional.push(r.traditional[i] ?? token);
      w.occurrences.push({ sentence: s.id, token: i });
    });
  }
  const compounds = new Map((senses?.compounds ?? []).map((c) => [c.word, c]));
  if (senses) {
    const byId = new Map(sentences.map((s) => [s.id, s]));
    for (const span of compoundSpans(edition, senses.compounds)) {
      const s = byId.get(span.sentence);
      if (!s) continue;
      const r = readings.get(s.id) ?? sentenceReadings(s);
      const w = entry(span.compound.word);
      w.tokens = span.compound.tokens;
      w.pinyin.push(joinReadings(r.pinyin.slice(span.start, span.end)));
      w.traditional.push(r.traditional.slice(span.start, span.end).join(''));
      w.occurrences.push({ sentence: s.id, token: span.start, end: span.end });
      for (const token of span.compound.tokens) found.get(token)?.partOf.add(span.compound.word);
    }
  }
  const readingsOf = new Map([...found].map(([word, w]) => [word, byFrequency(w.pinyin)]));
  const dictionary = reduceCedict(cedict.entries, readingsOf);
  const bySlug = new Map(edition.annotations.map((a) => [a.slug, a]));
  return [...found].map(([word, w]): Word => {
    const wordReadings = readingsOf.get(word) ?? [];
    const reviewed = senses?.words.get(word) ?? compounds.get(word);
    const named = reviewed?.term !== undefined ? bySlug.get(reviewed.term) : undefined;
    const term = named ?? termFor(word, edition.annotations);
    const lead: LeadSense | undefined = named
      ? { en: named.en, source: 'termbase' }
      : reviewed?.en !== undefined
        ? { en: reviewed.en, source: 'reviewed' }
        : undefined;
    const reviewedWord = senses?.words.get(word);
    const at = (reviewedWord?.at ?? []).flatMap((a) =>
      w.occurrences
        .filter((o) => o.sentence === a.sentence && (a.token === undefined || a.token === o.token))
        .map((o) => ({ sentence: o.sentence, token: o.token, en: a.en })),
    );
    return {
      word,
      readings: wordReadings,
      traditional: byFrequency(w.traditional),
      ...(term ? { term } : {}),
      ...(lead ? { lead } : {}),
      at,
      senses: (dictionary.get(word) ?? []).map((e) => ({ ...e, matchesReading: matchesReading(e, wordReadings) })),
      occurrences: w.occurrences,
      ...(w.tokens ? { tokens: w.tokens } : {}),
      partOf: [...w.partOf],
      fragment: reviewedWord?.fragment === true,
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
