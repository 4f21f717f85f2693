import { pinyin } from 'pinyin-pro';
import type { Sentence } from '../records/index.ts';

/** A Han character (the CJK ideograph blocks the edition's text uses). */
const HAN = /\p{Script=Han}/u;
/** Letters and digits keep their form in pinyin text (WTO, 2019, 5G). */
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A correction of pinyin-pro's reading of one token, where its own context rules miss. */
interface Correction {
  readonly token: string;
  readonly reading: string;
  /** Whether the correction applies to token i of the sentence. */
  readonly when: (tokens: readonly string[], i: number) => boolean;
}

/** Marks that close a clause (an enumeration comma or quotation marks do not). */
const CLAUSE_END = /^[，；。：！？]$/;
/** Whether `word` stands earlier in the clause that token i belongs to. */
function earlierInClause(word: string): (tokens: readonly string[], i: number) => boolean {
  return (tokens, i) => {
    for (let k = i - 1; k >= 0 && !CLAUSE_END.test(tokens[k] ?? ''); k--) if (tokens[k] === word) return true;
    return false;
  };
}

/**
 * Readings pinyin-pro gets wrong in this edition, each checked by hand in
 * the sentences it stands in; the polyphone test pins them. A correction
 * belongs here only when the library's context rules cannot reach it.
 */
const CORRECTIONS: readonly Correction[] = [
  // 率先 "take the lead" is shuàixiān; the library reads 率 as lǜ (rate).
  { token: '率先', reading: 'shuàixiān', when: () => true },
  // 以 X 为 Y "take X as Y": 为 is wéi (the library reads wèi, "for", in 以…为重点, 以…为核心, 以…为引领).
  { token: '为', reading: 'wéi', when: earlierInClause('以') },
];

/** Hanyu Pinyin orthography: an apostrophe before a syllable starting with a, o or e inside a word (xī'ān). */
function joinSyllables(syllables: readonly string[]): string {
  let out = '';
  for (const s of syllables) {
    if (out !== '' && /^[aoeāáǎàōóǒòēéěè]/.test(s) && /[\p{L}]$/u.test(out)) out += "'";
    out += s;
  }
  return out;
}

/**
 * Pinyin for each token of a sentence, read in context: pinyin-pro converts
 * the whole sentence at once (so its word-level rules see the neighbours of
 * each polyphonic character), then the readings are cut back along the token
 * boundaries. Tone marks, citation tones (no tone sandhi: 一 stays yī, as in
 * dictionaries and the termbase), lower case, syllables of one token joined.
 * Letters and digits are kept as written; a token with neither Han
 * characters nor letters and digits (punctuation) gets the empty string.
 */
export function tokenPinyin(tokens: readonly string[]): string[] {
  const text = tokens.join('');
  const items = pinyin(text, { type: 'all', toneSandhi: false });
  const chars = [...text];
  if (items.length !== chars.length) {
    throw new Error(`pinyin: expected one reading per character of “${text}” (${chars.length}), got ${items.length}`);
  }
  const out: string[] = [];
  let at = 0;
  for (const token of tokens) {
    const index = out.length;
    const override = CORRECTIONS.find((c) => c.token === token && c.when(tokens, index))?.reading;
    const n = [...token].length;
    const parts: string[] = [];
    let latin = '';
    for (const item of items.slice(at, at + n)) {
      if (HAN.test(item.origin) && item.pinyin !== '') {
        if (latin) {
          parts.push(latin);
          latin = '';
        }
        parts.push(item.pinyin.toLowerCase());
      } else if (LATIN_OR_DIGIT.test(item.origin)) latin += item.origin;
    }
    if (latin) parts.push(latin);
    at += n;
    out.push(override ?? joinSyllables(parts));
  }
  return out;
}

/** A token that names a word a reader can look up: it holds at least one Han character. */
export const isChineseWord = (token: string): boolean => HAN.test(token);

/** The sentence with its `pinyin` array, one reading per token. */
export const withPinyin = (s: Sentence): Sentence => ({ ...s, pinyin: tokenPinyin(s.tokens) });
