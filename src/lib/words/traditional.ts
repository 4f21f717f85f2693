import * as OpenCC from 'opencc-js';

/**
 * The edition's one standard for traditional characters: OpenCC from
 * mainland simplified (`cn`) to Taiwan standard characters (`tw`), the
 * Ministry of Education's forms (為, 偽, 群, 臺, 著), with no change of
 * vocabulary (not `twp`, which would swap words for Taiwan usage).
 *
 * Converted word by word: each token of the seed is a word, and OpenCC
 * matches the longest phrase of its dictionary inside it (干部 → 幹部, 若干
 * stays 若干). Converting whole sentences instead lets a phrase match across
 * a word boundary (标准 入 read as 標準 in 市场准入), so the same word would
 * get two forms. Word by word, the same simplified word has one form
 * throughout.
 */
const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** What the data page and the words download say about the traditional forms. */
export const TRADITIONAL_STANDARD =
  'OpenCC (opencc-js), mainland simplified to Taiwan standard characters (cn → tw), word by word, without vocabulary changes';

/** The traditional form of one word. */
export const wordTraditional = (word: string): string => cn2tw(word);

/** The traditional form of each token of a sentence. */
export function tokenTraditional(tokens: readonly string[]): string[] {
  return tokens.map(wordTraditional);
}
