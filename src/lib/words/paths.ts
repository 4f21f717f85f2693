import type { Lang } from '../../i18n/index.ts';
import type { WordHref } from '../annotate/render.ts';
import { measureOf, partOf, topLevelOf } from '../records/ids.ts';
import { withBase } from '../urls/routes.ts';
import { isChineseWord } from './pinyin.ts';

/**
 * The word URLs, beside the scheme in src/lib/urls/routes.ts (paths relative
 * to the base, like those):
 *
 *   /{lang}/{doc}/words/          every word, sortable by pinyin and frequency
 *   /{lang}/{doc}/words/{word}/   one word; the word percent-encoded as UTF-8
 *   /data/{doc}.words.json        the words download; schema /data/schema/words-v1.json
 *   /data/words/{doc}/{chunk}.json  a page's word data for the reading popover (one per measure, plus `front`)
 */
export const wordPaths = {
  index: (lang: Lang, doc: string) => `/${lang}/${doc}/words/`,
  word: (lang: Lang, doc: string, word: string) => `/${lang}/${doc}/words/${encodeURIComponent(word)}/`,
  data: (doc: string) => `/data/${doc}.words.json`,
  schema: () => '/data/schema/words-v1.json',
  chunk: (doc: string, chunk: string) => `/data/words/${doc}/${chunk}.json`,
} as const;

/**
 * How the text links each word to its page: the same URL as `wordPaths.word`,
 * written as an IRI (the word itself, not percent-encoded; browsers encode it
 * when they follow the link). A measure page links every word, and the
 * unencoded form costs a third of the bytes.
 */
export function wordLink(base: string, lang: Lang, doc: string): WordHref {
  return (token) => (isChineseWord(token) ? withBase(base, `/${lang}/${doc}/words/${token}/`) : undefined);
}

/** The chunk of reading data that holds a unit: its measure (`m14`), its part (`p1`: heading and paragraphs), or `front` (front matter and preamble). */
export function chunkOf(id: string): string {
  return measureOf(id) !== undefined || partOf(id) !== undefined ? topLevelOf(id) : 'front';
}
