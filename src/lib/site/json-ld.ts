/**
 * schema.org metadata for the head of document and measure pages, as
 * JSON-LD. Each page describes the language version it shows: the Chinese is
 * the text as issued; only the English is marked as having no legal value,
 * since it is this edition's unofficial translation. Nothing is claimed that
 * the records do not say.
 */
import { jsonForHtml } from '../security/json-in-html.ts';
import { HTML_LANG, other, type Lang } from '../../i18n/index.ts';
import type { Measure } from '../records/index.ts';
import { paths } from '../urls/routes.ts';
import { permanentUrl, type PageContext } from '../urls/page-context.ts';
import { documentTitle, measureTitle } from './text.ts';

type JsonLd = Record<string, unknown>;

/** The identifier of the document (`trade-2019`) or of a measure (`trade-2019/m14`), the same in both languages. */
export function legislationIdentifier(slug: string, measureId?: string): string {
  return measureId ? `${slug}/${measureId}` : slug;
}

function languageVersion(lang: Lang, url: (l: Lang) => string): JsonLd {
  return lang === 'en'
    ? { legislationLegalValue: 'https://schema.org/UnofficialLegalValue', translationOfWork: { '@id': url('zh') } }
    : { workTranslation: { '@id': url(other(lang)) } };
}

function common(ctx: PageContext, url: string): JsonLd {
  const doc = ctx.edition.document;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    legislationDate: doc.date,
    inLanguage: HTML_LANG[ctx.lang],
  };
}

export function documentJsonLd(ctx: PageContext): JsonLd {
  const { lang, edition } = ctx;
  const doc = edition.document;
  const url = (l: Lang): string => permanentUrl(ctx, paths.document(l, doc.slug));
  const issuers = lang === 'en' && doc.issuersEn ? doc.issuersEn : doc.issuers;
  return {
    ...common(ctx, url(lang)),
    name: documentTitle(lang, doc),
    ...(lang === 'en' ? { alternateName: doc.fullTitle } : {}),
    legislationIdentifier: legislationIdentifier(doc.slug),
    legislationPassedBy: issuers.map((name) => ({ '@type': 'Organization', name })),
    ...languageVersion(lang, url),
    hasPart: edition.measures.map((m) => ({
      '@type': 'Legislation',
      '@id': permanentUrl(ctx, paths.measure(lang, doc.slug, m.n)),
      legislationIdentifier: legislationIdentifier(doc.slug, m.id),
      name: measureTitle(lang, m),
    })),
  };
}

export function measureJsonLd(ctx: PageContext, measure: Measure): JsonLd {
  const { lang, edition } = ctx;
  const doc = edition.document;
  const url = (l: Lang): string => permanentUrl(ctx, paths.measure(l, doc.slug, measure.n));
  return {
    ...common(ctx, url(lang)),
    name: measureTitle(lang, measure),
    legislationIdentifier: legislationIdentifier(doc.slug, measure.id),
    ...languageVersion(lang, url),
    isPartOf: {
      '@type': 'Legislation',
      '@id': permanentUrl(ctx, paths.document(lang, doc.slug)),
      legislationIdentifier: legislationIdentifier(doc.slug),
      name: documentTitle(lang, doc),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`, escaped by the one helper for JSON in pages. */
export function jsonLdText(data: JsonLd): string {
  return jsonForHtml(data);
}
