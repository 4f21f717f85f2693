/**
 * The edition's own search vocabulary, built once at index time and loaded
 * with the search engine: the Chinese words that queries are segmented by
 * (the same seed tokens the index holds), traditional characters mapped to
 * the simplified ones the corpus uses, toneless pinyin for its words and
 * terms, and the English words that misspellings are corrected against.
 *
 * Only what the corpus uses is kept, so the file stays a few KB.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Edition } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';

/** What the browser loads beside the search engine, in parts (`pagefind/vocabulary-{han,en,pinyin}.json`). */
export interface SearchVocabulary {
  /** Chinese words of two or more characters: seed tokens, term forms, aliases, narrower terms. */
  readonly zh: readonly string[];
  /** Traditional character → the simplified character the edition writes. */
  readonly t2s: Readonly<Record<string, string>>;
  /** Toneless pinyin without spaces (`danyichuangkou`) → the Chinese word. */
  readonly py: Readonly<Record<string, string>>;
  /** English words of four or more letters from the translation, terms and aliases, lower case. */
  readonly en: readonly string[];
}

/**
 * The vocabulary is written as two files, so a query loads only what its
 * script needs: Chinese words and traditional characters for a Han query,
 * English words for a Latin one, and pinyin only when a Latin query has a
 * word that is not English.
 */
export const VOCABULARY_PARTS = { han: ['zh', 't2s'], en: ['en'], pinyin: ['py'] } as const satisfies Record<
  string,
  readonly (keyof SearchVocabulary)[]
>;
export type VocabularyPart = keyof typeof VOCABULARY_PARTS;

/** One part of the vocabulary, as written to `pagefind/vocabulary-{part}.json`. */
export function vocabularyPart(v: SearchVocabulary, part: VocabularyPart): Partial<SearchVocabulary> {
  return Object.fromEntries(VOCABULARY_PARTS[part].map((key) => [key, v[key]]));
}

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
const EN_WORD = /[a-z][a-z'-]*[a-z]/g;

/** Every Chinese word of the edition worth segmenting by, with how often it occurs. */
function chineseWords(editions: readonly Edition[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, n = 1): void => {
    if ([...word].length >= 2 && ONLY_HAN.test(word)) counts.set(word, (counts.get(word) ?? 0) + n);
  };
  for (const edition of editions) {
    for (const sentence of allSentences(edition)) for (const token of sentence.tokens) add(token);
    for (const a of edition.annotations) {
      // Terms and aliases count as often as they occur, so they win a pinyin key they share.
      for (const form of [a.zh, ...a.aliases, ...a.narrower]) add(form.replace(/\s+/g, ''), a.occurrences.length + 1);
    }
  }
  return counts;
}

/** Toneless pinyin keys of a word: `绿色` → `lvse`, `luse`. */
function pinyinKeys(word: string, annotated?: string): string[] {
  const raw = annotated
    ? annotated
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-zü]/g, '')
    : pinyin(word, { toneType: 'none', type: 'array', v: false }).join('');
  const key = raw.toLowerCase().normalize('NFC');
  return [...new Set([key.replace(/ü/g, 'v'), key.replace(/ü/g, 'u')])];
}

/**
 * Traditional forms of the corpus's characters, through OpenCC's own tables
 * (Taiwan and Hong Kong standards), converted word by word so that a
 * character with several traditional forms gets the one its word uses.
 */
function traditionalMap(words: Iterable<string>, chars: Iterable<string>): Record<string, string> {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const map: Record<string, string> = {};
  const pair = (simplified: string): void => {
    for (const convert of [toTw, toHk]) {
      const traditional = [...convert(simplified)];
      const source = [...simplified];
      if (traditional.length !== source.length) continue;
      traditional.forEach((t, i) => {
        const s = source[i] ?? t;
        if (t !== s && map[t] === undefined) map[t] = s;
      });
    }
  };
  for (const word of words) pair(word);
  for (const c of chars) pair(c);
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The vocabulary of a set of editions (one site's search). */
export function searchVocabulary(editions: readonly Edition[]): SearchVocabulary {
  const words = chineseWords(editions);
  const chars = new Set<string>();
  const english = new Set<string>();
  const addEnglish = (text: string): void => {
    for (const w of text.toLowerCase().match(EN_WORD) ?? []) if (w.replace(/[^a-z]/g, '').length >= 4) english.add(w);
  };
  const annotatedPinyin = new Map<string, string>();
  for (const edition of editions) {
    for (const sentence of allSentences(edition)) {
      for (const c of sentence.text) if (HAN.test(c)) chars.add(c);
      if (sentence.en) addEnglish(sentence.en);
    }
    for (const a of edition.annotations) {
      annotatedPinyin.set(a.zh, a.pinyin);
      for (const form of [a.en, ...a.variants, ...a.aliases, ...a.narrower]) if (!HAN.test(form)) addEnglish(form);
      for (const c of a.zh) if (HAN.test(c)) chars.add(c);
    }
  }
  // A pinyin key goes to the most frequent word that has it (term forms weigh more).
  const py: Record<string, string> = {};
  const byFrequency = [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [word] of byFrequency) {
    for (const key of pinyinKeys(word, annotatedPinyin.get(word))) if (key && py[key] === undefined) py[key] = word;
  }
  return {
    zh: [...words.keys()].sort(),
    t2s: traditionalMap(words.keys(), chars),
    py: Object.fromEntries(Object.entries(py).sort(([a], [b]) => (a < b ? -1 : 1))),
    en: [...english].sort(),
  };
}
