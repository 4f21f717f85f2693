import { LANGS, type Lang } from '../../i18n/index.ts';
import { CITE_FORMATS, type CiteFormat } from '../urls/routes.ts';
import type { Edition, Measure, Part } from '../records/index.ts';
import { measuresInOrder, measuresOf } from '../records/walk.ts';

/** getStaticPaths() entries for every page type, from the records alone. */

/** One entry per document, for the per-document data files (/data/{doc}.…). */
export function editionPaths(editions: readonly Edition[]) {
  return editions.map((edition) => ({ params: { doc: edition.document.slug }, props: { edition } }));
}

export function documentPaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) => editions.map((edition) => ({ params: { lang, doc: edition.document.slug }, props: { lang, edition } })));
}

export function partPaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      edition.parts.map((part) => ({ params: { lang, doc: edition.document.slug, k: String(part.n) }, props: { lang, edition, part } })),
    ),
  );
}

export function measurePaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      measuresInOrder(edition).map((measure) => ({
        params: { lang, doc: edition.document.slug, n: String(measure.n) },
        props: { lang, edition, measure },
      })),
    ),
  );
}

export function termPaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      edition.annotations.map((annotation) => ({
        params: { lang, doc: edition.document.slug, slug: annotation.slug },
        props: { lang, edition, annotation },
      })),
    ),
  );
}

export function themePaths(editions: readonly Edition[]) {
  return LANGS.flatMap((lang) =>
    editions.flatMap((edition) =>
      edition.themes.map((theme) => ({ params: { lang, doc: edition.document.slug, slug: theme.slug }, props: { lang, edition, theme } })),
    ),
  );
}

/** Documents that have annotations (or themes): only they get glossary (or theme) pages. */
export function withAnnotations(editions: readonly Edition[]) {
  return documentPaths(editions.filter((e) => e.annotations.length > 0));
}
export function withThemes(editions: readonly Edition[]) {
  return documentPaths(editions.filter((e) => e.themes.length > 0));
}

/** Measures of a part, in order (from the walk, re-exported for the pages). */
export { measuresOf };

export function partOf(edition: Edition, measure: Measure): Part {
  const part = edition.parts.find((p) => p.n === measure.part);
  if (!part) throw new Error(`${edition.document.slug}: measure ${measure.n} names part ${measure.part}, which does not exist`);
  return part;
}

/** The measures before and after, across part boundaries. */
export function neighbours(edition: Edition, measure: Measure): { previous?: Measure; next?: Measure } {
  const order = measuresInOrder(edition);
  const i = order.findIndex((m) => m.n === measure.n);
  const previous = order[i - 1];
  const next = order[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** What a citation file endpoint renders: one format of the citation of the document, a measure or a measure sentence. */
export interface CiteProps {
  lang: Lang;
  edition: Edition;
  format: CiteFormat;
  /** `p5`, `m14` or `m14.s2`; absent for the whole document. */
  id?: string;
}

/** /{lang}/{doc}/cite.{format} */
export function documentCitePaths(editions: readonly Edition[]) {
  return documentPaths(editions).flatMap(({ params, props }) =>
    CITE_FORMATS.map((format) => ({ params: { ...params, format }, props: { ...props, format } satisfies CiteProps })),
  );
}

/** /{lang}/{doc}/part-{k}/cite.{format} */
export function partCitePaths(editions: readonly Edition[]) {
  return partPaths(editions).flatMap(({ params, props }) =>
    CITE_FORMATS.map((format) => ({
      params: { ...params, format },
      props: { lang: props.lang, edition: props.edition, format, id: props.part.id } satisfies CiteProps,
    })),
  );
}

/** /{lang}/{doc}/measure-{n}/cite.{format} */
export function measureCitePaths(editions: readonly Edition[]) {
  return measurePaths(editions).flatMap(({ params, props }) =>
    CITE_FORMATS.map((format) => ({
      params: { ...params, format },
      props: { lang: props.lang, edition: props.edition, format, id: props.measure.id } satisfies CiteProps,
    })),
  );
}

/** /{lang}/{doc}/measure-{n}/s{i}/cite.{format} */
export function sentenceCitePaths(editions: readonly Edition[]) {
  return measurePaths(editions).flatMap(({ params, props }) =>
    props.measure.sentences.flatMap((s, i) =>
      CITE_FORMATS.map((format) => ({
        params: { ...params, i: String(i + 1), format },
        props: { lang: props.lang, edition: props.edition, format, id: s.id } satisfies CiteProps,
      })),
    ),
  );
}
