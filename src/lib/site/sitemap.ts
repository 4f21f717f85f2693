/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. Every page is listed once
 * per language, each entry naming its other-language version with
 * `xhtml:link rel="alternate" hreflang`, as the pages' own heads do.
 */
import { HTML_LANG, LANGS, type Lang } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { el, xmlDocument } from '../export/xml.ts';
import { paths } from '../urls/routes.ts';
import { parseIdOf } from '../records/ids.ts';
import { permanentUrl } from '../urls/page-context.ts';
import { wordPaths } from '../words/paths.ts';
import { wordsOf } from '../words/read.ts';

export interface SitemapEntry {
  readonly loc: string;
  /** hreflang → URL, including the entry itself and `x-default`; empty for a page in both languages at once. */
  readonly alternates: Readonly<Record<string, string>>;
}

type Site = { readonly base: string; readonly site: string };

/**
 * Every page: the bilingual landing page and the search page, then per
 * document its own, part, measure, glossary, term, theme, data and word pages, in each language.
 */
export function sitemapEntries(
  editions: readonly Edition[],
  site: Site,
  hasChanges: (edition: Edition) => boolean = () => false,
): SitemapEntry[] {
  const pages = (path: (lang: Lang) => string): SitemapEntry[] => {
    const urls = Object.fromEntries(LANGS.map((l) => [l, permanentUrl(site, path(l))])) as Record<Lang, string>;
    const alternates = { ...Object.fromEntries(LANGS.map((l) => [HTML_LANG[l], urls[l]])), 'x-default': urls.zh };
    return LANGS.map((l) => ({ loc: urls[l], alternates }));
  };
  return [
    { loc: permanentUrl(site, paths.home()), alternates: {} },
    ...pages((l) => paths.langHome(l)),
    ...pages((l) => paths.search(l)),
    ...editions.flatMap((edition) => {
      const {
        document: { slug },
        parts,
        measures,
        annotations,
        themes,
      } = edition;
      return [
        ...pages((l) => paths.document(l, slug)),
        ...parts.flatMap((p) => pages((l) => paths.part(l, slug, p.n))),
        ...measures.flatMap((m) => [
          ...pages((l) => paths.measure(l, slug, m.n)),
          ...m.sentences.flatMap((s) => {
            const i = parseIdOf(s.id, 'measure-sentence')?.sentence;
            return i ? pages((l) => paths.sentence(l, slug, m.n, i)) : [];
          }),
        ]),
        ...(annotations.length > 0 ? pages((l) => paths.terms(l, slug)) : []),
        ...annotations.flatMap((a) => pages((l) => paths.term(l, slug, a.slug))),
        ...(themes.length > 0 ? pages((l) => paths.themes(l, slug)) : []),
        ...themes.flatMap((th) => pages((l) => paths.theme(l, slug, th.slug))),
        ...pages((l) => paths.dataPage(l, slug)),
        ...(hasChanges(edition) ? pages((l) => paths.changes(l, slug)) : []),
        ...pages((l) => wordPaths.index(l, slug)),
        ...wordsOf(edition).words.flatMap((w) => pages((l) => wordPaths.word(l, slug, w.word))),
      ];
    }),
  ];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' },
      ...entries.map((e) =>
        el(
          'url',
          {},
          el('loc', {}, e.loc),
          ...Object.entries(e.alternates).map(([hreflang, href]) => el('xhtml:link', { rel: 'alternate', hreflang, href })),
        ),
      ),
    ),
  );
}

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
