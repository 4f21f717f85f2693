import type { Lang } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';

/**
 * The word URLs, beside the scheme in src/lib/site/routes.ts (paths relative
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

/** The chunk of word data that holds a sentence: its measure's ID, or `front` (front matter, preamble, part headings and paragraphs). */
export function chunkOf(edition: Edition): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of edition.measures) for (const s of m.sentences) out.set(s.id, m.id);
  return out;
}
export const FRONT_CHUNK = 'front';
