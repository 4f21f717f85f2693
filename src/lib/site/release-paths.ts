/** getStaticPaths() entries for the pages releases add: a page per measure sentence, a changelog per document. */
import { LANGS } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { measureSentenceOf } from '../records/ids.ts';
import { documentPaths } from './static-paths.ts';

/** /{lang}/{doc}/measure-{n}/s{i}/ */
export function sentencePagePaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      edition.measures.flatMap((measure) =>
        measure.sentences.map((sentence) => {
          const i = measureSentenceOf(sentence.id).sentence;
          return {
            params: { lang, doc: edition.document.slug, n: String(measure.n), i: String(i) },
            props: { lang, edition, measure, sentence },
          };
        }),
      ),
    ),
  );
}

/** /{lang}/{doc}/changes/ — only for documents with a releases file. */
export function changesPaths(editions: readonly Edition[]) {
  return documentPaths(editions.filter((e) => e.releases !== undefined));
}
