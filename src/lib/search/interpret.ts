/**
 * What a reader typed, read the way the index was written: traditional
 * characters as the simplified ones the edition uses, toneless pinyin as the
 * Chinese word it spells, a misspelt English word as the edition's word one
 * or two edits away, and Chinese segmented by the same tokens the index holds.
 * Pure, so the browser and the tests share it; the vocabulary comes from
 * `searchVocabulary` at build time.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { SearchVocabulary } from './vocabulary.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g;

/** The vocabulary, ready for look-ups (built once per page). */
export interface Lexicon {
  readonly zh: ReadonlySet<string>;
  readonly longestZh: number;
  readonly t2s: ReadonlyMap<string, string>;
  readonly py: ReadonlyMap<string, string>;
  readonly longestPy: number;
  readonly en: readonly string[];
  readonly enSet: ReadonlySet<string>;
}

/** The look-ups of whatever parts of the vocabulary are loaded (see `VOCABULARY_PARTS`). */
export function lexicon(v: Partial<SearchVocabulary>): Lexicon {
  const zh = v.zh ?? [];
  const py = v.py ?? {};
  const en = v.en ?? [];
  return {
    zh: new Set(zh),
    longestZh: Math.max(1, ...zh.map((w) => [...w].length)),
    t2s: new Map(Object.entries(v.t2s ?? {})),
    py: new Map(Object.entries(py)),
    longestPy: Math.max(1, ...Object.keys(py).map((k) => k.length)),
    en,
    enSet: new Set(en),
  };
}

/** Traditional characters to the simplified ones the edition writes; other characters unchanged. */
export function toSimplified(text: string, lex: Lexicon): string {
  return [...text].map((c) => lex.t2s.get(c) ?? c).join('');
}

/**
 * Split a run of Chinese into the edition's words, longest match first
 * (`跨境电子商务综合试验区` → `跨境 电子商务 综合 试验区`); a character that
 * starts no word stands alone. The index holds the same tokens.
 */
export function segmentHan(run: string, lex: Lexicon): string[] {
  const chars = [...run];
  const words: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let length = Math.min(lex.longestZh, chars.length - i);
    while (length > 1 && !lex.zh.has(chars.slice(i, i + length).join(''))) length -= 1;
    words.push(chars.slice(i, i + length).join(''));
    i += length;
  }
  return words;
}

/** The query as the Chinese index reads it: every Han run segmented by the edition's words. */
export function segmentQuery(query: string, lex: Lexicon): string {
  return query
    .replace(HAN_RUN, (run) => ` ${segmentHan(run, lex).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Toneless pinyin (`danyi chuangkou`, `kuajingdianshang`) as the Chinese it
 * spells, when the whole query is pinyin for words of the edition; otherwise
 * `undefined`. Syllables may be run together or spaced; `v` or `u` for `ü`.
 */
export function fromPinyin(query: string, lex: Lexicon): string | undefined {
  if (!/^[A-Za-zü' ]+$/.test(query.trim())) return undefined;
  const letters = query.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  if (letters.length < 4) return undefined;
  // Longest key first, so that one word spelt in full wins over two shorter ones.
  const out: string[] = [];
  let i = 0;
  while (i < letters.length) {
    let length = Math.min(lex.longestPy, letters.length - i);
    while (length > 0 && !lex.py.has(letters.slice(i, i + length))) length -= 1;
    if (length === 0) return undefined;
    out.push(lex.py.get(letters.slice(i, i + length)) ?? '');
    i += length;
  }
  return out.join('');
}

/** The edit distance a word of this length may be corrected across: one for 5–8 letters, two for 9 or more. */
export function allowedEdits(word: string): number {
  const letters = word.replace(/[^a-z]/g, '').length;
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/** Words one swap of neighbouring letters away (`singel` → `single`): one edit to a reader, two to Levenshtein. */
function swaps(word: string): string[] {
  return [...word.slice(1)].map((_, i) => word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
}

/**
 * The edition's word a misspelt English word stands for, or `undefined` when
 * the word is the edition's own, too short to correct, or too far from any.
 */
export function correctWord(word: string, lex: Lexicon): string | undefined {
  const w = word.toLowerCase();
  const edits = allowedEdits(w);
  if (edits === 0 || lex.enSet.has(w)) return undefined;
  const swapped = swaps(w).find((s) => lex.enSet.has(s));
  const best = closest(w, lex.en);
  if (distance(w, best) <= edits) return best;
  return swapped;
}

/** Whether a Latin query could be pinyin: it has a word (of 4 or more letters) that is not the edition's English. */
export function mayBePinyin(query: string, lex: Lexicon): boolean {
  const words = query.toLowerCase().match(LATIN_WORD) ?? [];
  return words.length > 0 && !words.every((w) => w.length < 4 || lex.enSet.has(w));
}

/** How a query was read before it was searched. */
export interface Interpretation {
  /** What is searched (simplified, converted from pinyin, or corrected). */
  readonly query: string;
  /** Why it differs from what was typed, if it does. */
  readonly via?: 'traditional' | 'pinyin' | 'spelling';
}

/**
 * Read a query: traditional characters become simplified; a query that is
 * all pinyin for the edition's words becomes those words (unless every word
 * of it is also an English word of the edition); English words the edition
 * does not use are corrected to the nearest one it does.
 */
export function interpret(typed: string, lex: Lexicon): Interpretation {
  const query = typed.trim();
  if (HAN.test(query)) {
    const simplified = toSimplified(query, lex);
    return simplified === query ? { query } : { query: simplified, via: 'traditional' };
  }
  if (mayBePinyin(query, lex)) {
    const hanzi = fromPinyin(query, lex);
    if (hanzi) return { query: hanzi, via: 'pinyin' };
  }
  const corrected = query.replace(LATIN_WORD, (word) => correctWord(word, lex) ?? word);
  return corrected !== query ? { query: corrected, via: 'spelling' } : { query };
}
