/**
 * The annotation layer as W3C Web Annotations (Web Annotation Data Model,
 * W3C Recommendation 2017-02-23), served at /data/{doc}.annotations.jsonld
 * with the model's own context, http://www.w3.org/ns/anno.jsonld.
 *
 * One AnnotationCollection; its AnnotationPages of PAGE_SIZE items, each
 * embedded in the one before it as `next`, so the whole layer is one file.
 * One Annotation for each anchor of each termbase entry, in the order of the
 * JSON export (entries by slug, anchors in document order), then one for each
 * measure of each theme:
 *
 *   motivation  identifying for a named thing (programme, place, institution,
 *               agreement), describing for the rest; linking for a theme
 *   body        the gloss as a TextualBody in each language (purpose
 *               describing), the entry's type as a tag (purpose tagging) and
 *               the term page in each language (purpose identifying)
 *   target      the sentence's permanent URL on the Chinese page, with a
 *               TextQuoteSelector and a FragmentSelector naming its tokens
 *               (`tokens={first}-{last}`, conforming to the anchor definition
 *               of the JSON Schema); then the English sentence, with a
 *               TextQuoteSelector and a TextPositionSelector, where the
 *               terminology check finds the rendering there
 *
 * Dates come from the build date, never the clock, so two builds are byte-identical.
 */
import { LANGS, type Lang } from '../../i18n/index.ts';
import { EDITION } from '../cite/edition.ts';
import type { Edition, Sentence } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { paths, sentenceHref } from '../urls/routes.ts';
import { permanentUrl } from '../urls/page-context.ts';
import { annotationLayer, MOTIVATION, type Anchor } from './anchors.ts';
import type { ExportContext } from './context.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Annotations per AnnotationPage. */
export const PAGE_SIZE = 100;
/** Characters of context a TextQuoteSelector keeps on each side of the quote. */
const CONTEXT_CHARS = 32;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

/** A quote with up to CONTEXT_CHARS characters of context, as the model's TextQuoteSelector. */
function quote(text: string, start: number, end: number): JsonObject {
  const prefix = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const suffix = text.slice(end, end + CONTEXT_CHARS);
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The annotation layer of one document as an AnnotationCollection. */
export function toWebAnnotations(edition: Edition, ctx: ExportContext): JsonObject {
  const slug = edition.document.slug;
  const url = (path: string): string => permanentUrl(ctx, path);
  const id = url(paths.annotations(slug));
  const dated: JsonObject = ctx.build.date ? { created: ctx.build.date, generated: ctx.build.date } : {};
  const creator: JsonObject = { type: 'Organization', name: EDITION.translator.en, homepage: url(paths.home()) };
  const byId = new Map<string, Sentence>(allSentences(edition).map((s) => [s.id, s]));
  const tokenSpec = `${url(paths.schema())}#/$defs/anchor`;

  const anchorAnnotation = (entry: Edition['annotations'][number], anchor: Anchor, k: number): JsonObject => {
    const english = byId.get(anchor.unit)?.en;
    const zhText = byId.get(anchor.unit)?.text ?? '';
    return {
      id: `${id}#${entry.slug}-${k + 1}`,
      type: 'Annotation',
      motivation: MOTIVATION[entry.type],
      creator,
      ...dated,
      body: [
        ...LANGS.map((lang): JsonObject => ({
          type: 'TextualBody',
          purpose: 'describing',
          value: entry.gloss[lang],
          language: lang,
          format: 'text/plain',
        })),
        { type: 'TextualBody', purpose: 'tagging', value: entry.type, format: 'text/plain' },
        ...LANGS.map((lang): JsonObject => ({
          id: url(paths.term(lang, slug, entry.slug)),
          type: 'Text',
          purpose: 'identifying',
          format: 'text/html',
          language: lang,
        })),
      ],
      target: [
        {
          type: 'SpecificResource',
          source: url(sentenceHref('zh', slug, anchor.unit)),
          selector: [
            quote(zhText, anchor.zh.start, anchor.zh.end),
            { type: 'FragmentSelector', conformsTo: tokenSpec, value: `tokens=${anchor.first}-${anchor.last}` },
          ],
        },
        ...(anchor.en && english !== undefined
          ? [
              {
                type: 'SpecificResource',
                source: url(sentenceHref('en', slug, anchor.unit)),
                selector: [
                  quote(english, anchor.en.start, anchor.en.end),
                  { type: 'TextPositionSelector', start: anchor.en.start, end: anchor.en.end },
                ],
              },
            ]
          : []),
      ],
    };
  };

  const themeAnnotations = edition.themes.flatMap((theme) =>
    theme.measures.map((n): JsonObject => ({
      id: `${id}#theme-${theme.slug}-m${n}`,
      type: 'Annotation',
      motivation: 'linking',
      creator,
      ...dated,
      body: [
        ...LANGS.map((lang: Lang): JsonObject => ({
          id: url(paths.theme(lang, slug, theme.slug)),
          type: 'Text',
          purpose: 'linking',
          format: 'text/html',
          language: lang,
        })),
        ...LANGS.map((lang: Lang): JsonObject => ({
          type: 'TextualBody',
          purpose: 'tagging',
          value: theme.name[lang],
          language: lang,
          format: 'text/plain',
        })),
      ],
      target: LANGS.map((lang) => url(paths.measure(lang, slug, n))),
    })),
  );

  const items = [
    ...annotationLayer(edition).flatMap(({ annotation, anchors }) => anchors.map((a, k) => anchorAnnotation(annotation, a, k))),
    ...themeAnnotations,
  ];
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const pageId = (k: number): string => `${id}#page-${k + 1}`;
  // Built from the last page backwards, so each page can hold the next.
  let next: JsonObject | undefined;
  for (let k = pageCount - 1; k >= 0; k -= 1) {
    next = {
      id: pageId(k),
      type: 'AnnotationPage',
      partOf: id,
      startIndex: k * PAGE_SIZE,
      ...(k > 0 ? { prev: pageId(k - 1) } : {}),
      items: items.slice(k * PAGE_SIZE, (k + 1) * PAGE_SIZE),
      ...(next ? { next } : {}),
    };
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${edition.document.fullTitle}: annotations and themes of ${EDITION.name.en}`,
    creator,
    ...dated,
    rights: EDITION.licence.url,
    total: items.length,
    first: next ?? {},
    last: pageId(pageCount - 1),
  };
}

/** The collection as published: indented one space, one final newline. */
export function webAnnotationsJsonLd(edition: Edition, ctx: ExportContext): string {
  return `${JSON.stringify(toWebAnnotations(edition, ctx), null, 1)}\n`;
}
