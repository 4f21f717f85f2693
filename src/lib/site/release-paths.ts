/** getStaticPaths() entries for the pages releases add: a page per measure sentence, a changelog per document. */
import { LANGS } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { walk } from '../records/walk.ts';
import { documentPaths } from './static-paths.ts';

/** /{lang}/{doc}/measure-{n}/s{i}/, with the sentence's number from the walk's parsed ID. */
export function sentencePagePaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      walk(edition).flatMap((step) =>
        step.kind === 'measure-sentence'
          ? [
              {
                params: { lang, doc: edition.document.slug, n: String(step.ref.measure), i: String(step.ref.sentence) },
                props: { lang, edition, measure: step.measure, sentence: step.sentence, i: step.ref.sentence },
              },
            ]
          : [],
      ),
    ),
  );
}

/** /{lang}/{doc}/changes/ — only for documents with a releases file. */
export function changesPaths(editions: readonly Edition[]) {
  return documentPaths(editions.filter((e) => e.releases !== undefined));
}
