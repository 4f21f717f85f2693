import type { Lang } from '../../i18n/index.ts';
import { fragmentOnMeasurePage, measureFragment, measureOf, parseId, partOf } from '../records/ids.ts';

/**
 * The URL scheme: a permanent contract (README, "URLs"). Paths here are
 * relative to the site's base; `withBase` adds the base when it is not `/`.
 *
 *   /{lang}/                   the edition in one language: search, contents
 *   /{lang}/{doc}/             document: contents, preamble, full text
 *   /{lang}/{doc}/part-{k}/    part k
 *   /{lang}/{doc}/measure-{n}/ measure n; #s{i} is its sentence i
 *   /{lang}/{doc}/terms/       glossary; terms/{slug}/ one annotation
 *   /{lang}/{doc}/themes/      themes; themes/{slug}/ one theme
 *   /{lang}/search/            search across every document (?q= holds the query)
 *   /{lang}/{doc}/data/        downloads and citation formats
 *   /data/…                    the exports themselves (one set per document)
 */
export const paths = {
  home: () => '/',
  /** The edition's home in one language: search and contents. */
  langHome: (lang: Lang) => `/${lang}/`,
  document: (lang: Lang, doc: string) => `/${lang}/${doc}/`,
  part: (lang: Lang, doc: string, k: number) => `/${lang}/${doc}/part-${k}/`,
  measure: (lang: Lang, doc: string, n: number) => `/${lang}/${doc}/measure-${n}/`,
  /** A measure sentence's own page: the sentence, its terms, citations and history. */
  sentence: (lang: Lang, doc: string, n: number, i: number) => `/${lang}/${doc}/measure-${n}/s${i}/`,
  /** Every unit changed in each release of the document's content. */
  changes: (lang: Lang, doc: string) => `/${lang}/${doc}/changes/`,
  dataPage: (lang: Lang, doc: string) => `/${lang}/${doc}/data/`,
  data: (doc: string) => `/data/${doc}.json`,
  search: (lang: Lang) => `/${lang}/search/`,
  terms: (lang: Lang, doc: string) => `/${lang}/${doc}/terms/`,
  term: (lang: Lang, doc: string, slug: string) => `/${lang}/${doc}/terms/${slug}/`,
  themes: (lang: Lang, doc: string) => `/${lang}/${doc}/themes/`,
  theme: (lang: Lang, doc: string, slug: string) => `/${lang}/${doc}/themes/${slug}/`,
  csv: (doc: string) => `/data/${doc}.csv`,
  /** The Chinese (authoritative) expression has no language infix; others do. */
  akn: (doc: string, lang: Lang) => (lang === 'zh' ? `/data/${doc}.akn.xml` : `/data/${doc}.${lang}.akn.xml`),
  /** The annotation layer as W3C Web Annotations (JSON-LD). */
  annotations: (doc: string) => `/data/${doc}.annotations.jsonld`,
  /** Both texts, their alignment and the annotation layer as one TEI P5 document. */
  tei: (doc: string) => `/data/${doc}.tei.xml`,
  schema: () => '/data/schema/v1.json',
  sitemap: () => '/sitemap.xml',
} as const;

/** The citation file formats, by file extension. */
export const CITE_FORMATS = ['txt', 'bib', 'ris', 'json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/**
 * Where a cited unit lives, the one answer for citations: the page it is cited by (and its fragment there), and the
 * folder of its citation files. The document, parts, measures and measure sentences have files; every other unit
 * is cited where `sentenceLocation` shows it.
 */
export function citedPlace(lang: Lang, doc: string, id?: string): { page?: string; fragment?: string; files?: string } {
  const unit = id ? parseId(id) : undefined;
  switch (unit?.kind) {
    case undefined:
      return id ? {} : { page: paths.document(lang, doc), files: paths.document(lang, doc) };
    case 'part':
      return { page: paths.part(lang, doc, unit.part), files: paths.part(lang, doc, unit.part) };
    case 'measure':
      return { page: paths.measure(lang, doc, unit.measure), files: paths.measure(lang, doc, unit.measure) };
    case 'measure-sentence': {
      const page = paths.measure(lang, doc, unit.measure);
      return { page, fragment: measureFragment(unit), files: `${page}${measureFragment(unit)}/` };
    }
    // Cited where it is shown (sentenceLocation), without citation files of its own.
    case 'issuers':
    case 'title':
    case 'dateline':
    case 'preamble-sentence':
    case 'part-heading':
    case 'paragraph':
    case 'paragraph-sentence': {
      const { path, fragment } = sentenceLocation(lang, doc, id ?? '');
      return { page: path, fragment };
    }
  }
}

/**
 * Where the citation files of the document (no ID), a part (`p5`), a measure
 * (`m14`) or a measure sentence (`m14.s2`) live: beside the page that shows them.
 */
export function citePath(lang: Lang, doc: string, format: CiteFormat, id?: string): string {
  const { files } = citedPlace(lang, doc, id);
  if (files === undefined) {
    throw new Error(`no citation files for ${id ?? '?'}: only the document, parts, measures and their sentences have them`);
  }
  return `${files}cite.${format}`;
}

/** Which page shows a structural ID on its own, and the fragment it has there. */
export function sentenceLocation(lang: Lang, doc: string, id: string): { path: string; fragment: string } {
  const measure = measureOf(id);
  if (measure !== undefined) return { path: paths.measure(lang, doc, measure), fragment: fragmentOnMeasurePage(id) };
  const part = partOf(id);
  if (part !== undefined) return { path: paths.part(lang, doc, part), fragment: id };
  return { path: paths.document(lang, doc), fragment: id };
}

/** Href of a structural ID on its own page: `m14.s2` → `/en/trade-2019/measure-14/#s2`. */
export function sentenceHref(lang: Lang, doc: string, id: string): string {
  const { path, fragment } = sentenceLocation(lang, doc, id);
  return `${path}#${fragment}`;
}

/** Prefix a site path with the configured base (`/` or e.g. `/edition/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
