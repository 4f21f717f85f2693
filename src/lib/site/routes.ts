import type { Lang } from '../../i18n/index.ts';

/**
 * The URL scheme: a permanent contract (README, "URLs"). Paths here are
 * relative to the site's base; `withBase` adds the base when it is not `/`.
 *
 *   /{lang}/{doc}/             document: contents, preamble, full text
 *   /{lang}/{doc}/part-{k}/    part k
 *   /{lang}/{doc}/measure-{n}/ measure n; #s{i} is its sentence i
 *   /{lang}/{doc}/terms/       glossary; terms/{slug}/ one annotation
 *   /{lang}/{doc}/themes/      themes; themes/{slug}/ one theme
 *   /{lang}/search/            search across every document (?q= holds the query)
 */
export const paths = {
  home: () => '/',
  document: (lang: Lang, doc: string) => `/${lang}/${doc}/`,
  part: (lang: Lang, doc: string, k: number) => `/${lang}/${doc}/part-${k}/`,
  measure: (lang: Lang, doc: string, n: number) => `/${lang}/${doc}/measure-${n}/`,
  data: (doc: string) => `/data/${doc}.json`,
  search: (lang: Lang) => `/${lang}/search/`,
  terms: (lang: Lang, doc: string) => `/${lang}/${doc}/terms/`,
  term: (lang: Lang, doc: string, slug: string) => `/${lang}/${doc}/terms/${slug}/`,
  themes: (lang: Lang, doc: string) => `/${lang}/${doc}/themes/`,
  theme: (lang: Lang, doc: string, slug: string) => `/${lang}/${doc}/themes/${slug}/`,
} as const;

/** Which page shows a structural ID on its own, and the fragment it has there. */
export function sentenceLocation(lang: Lang, doc: string, id: string): { path: string; fragment: string } {
  const measure = /^m(\d+)(?:\.(s\d+))?$/.exec(id);
  if (measure?.[1]) {
    return { path: paths.measure(lang, doc, Number(measure[1])), fragment: measure[2] ?? id };
  }
  const part = /^p(\d+)/.exec(id);
  if (part?.[1]) return { path: paths.part(lang, doc, Number(part[1])), fragment: id };
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
