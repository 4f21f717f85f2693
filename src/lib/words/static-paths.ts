import { LANGS } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { wordsOf } from './read.ts';

/** getStaticPaths() entries of the word pages: one per language, document and distinct word (the raw word; Astro encodes the path). */
export function wordPagePaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      wordsOf(edition).words.map((word) => ({
        params: { lang, doc: edition.document.slug, word: word.word },
        props: { lang, edition, word },
      })),
    ),
  );
}

/** getStaticPaths() entries of the word index: one per language and document. */
export function wordIndexPaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) => editions.map((edition) => ({ params: { lang, doc: edition.document.slug }, props: { lang, edition } })));
}
