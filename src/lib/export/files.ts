/**
 * Every downloadable data file of a document, in one list: the endpoints
 * serve each file's body and the data page lists them with their sizes and
 * checksums. One list keeps the two from drifting apart.
 */
import { createHash } from 'node:crypto';
import { LANGS } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { paths } from '../urls/routes.ts';
import { permanentUrl } from '../urls/page-context.ts';
import type { ExportContext } from './context.ts';
import { hasAknExpression, toAkn } from './akn.ts';
import { toCsv } from './csv.ts';
import { toTei } from './tei.ts';
import { webAnnotationsJsonLd } from './web-annotation.ts';
import { exportJson } from './json.ts';
import { exportJsonSchema } from './json-schema.ts';
import { wordsJson } from '../words/export.ts';
import { wordsJsonSchema } from '../words/json-schema.ts';
import { wordPaths } from '../words/paths.ts';
import { wordsOf } from '../words/read.ts';

export type DataFileKind = 'json' | 'schema' | 'csv' | 'akn-zh' | 'akn-en' | 'words' | 'words-schema' | 'annotations' | 'tei';

export interface DataFile {
  readonly kind: DataFileKind;
  /** Site path, e.g. `/data/trade-2019.csv`. */
  readonly path: string;
  readonly mediaType: string;
  /** The file's exact bytes; pure, so it can be rendered again to checksum it. */
  readonly body: () => string;
  /**
   * The first release whose archive holds this file (absent: every release). A file added after a release was
   * published is frozen with the releases that follow, and never added to one already out.
   */
  readonly since?: number;
}

/** The first release the annotation layer's own files (Web Annotation, TEI) are frozen with. */
export const ANNOTATION_FILES_SINCE = 3;

/** Whether release n's archive holds a file: every export but the JSON Schema, from the release it came with. */
export function archivedIn(file: Pick<DataFile, 'kind' | 'since'>, n: number): boolean {
  return file.kind !== 'schema' && (file.since ?? 1) <= n;
}

export function schemaFile(ctx: ExportContext): DataFile {
  return {
    kind: 'schema',
    path: paths.schema(),
    mediaType: 'application/schema+json',
    body: () => `${JSON.stringify(exportJsonSchema(permanentUrl(ctx, paths.schema())), null, 1)}\n`,
  };
}

export function wordsSchemaFile(ctx: ExportContext): DataFile {
  return {
    kind: 'words-schema',
    path: wordPaths.schema(),
    mediaType: 'application/schema+json',
    body: () => `${JSON.stringify(wordsJsonSchema(permanentUrl(ctx, wordPaths.schema())), null, 1)}\n`,
  };
}

/** The files of one document, in the order the data page lists them. */
export function dataFiles(edition: Edition, ctx: ExportContext): DataFile[] {
  const slug = edition.document.slug;
  return [
    {
      kind: 'json',
      path: paths.data(slug),
      mediaType: 'application/json',
      body: () => exportJson(edition, { schema: permanentUrl(ctx, paths.schema()), build: ctx.build, release: ctx.release?.(edition) }),
    },
    schemaFile(ctx),
    { kind: 'csv', path: paths.csv(slug), mediaType: 'text/csv', body: () => toCsv(edition) },
    ...LANGS.filter((lang) => hasAknExpression(edition, lang)).map((lang): DataFile => ({
      kind: `akn-${lang}`,
      path: paths.akn(slug, lang),
      mediaType: 'application/akn+xml',
      body: () => toAkn(edition, lang, ctx),
    })),
    {
      kind: 'words',
      path: wordPaths.data(slug),
      mediaType: 'application/json',
      body: () => wordsJson(edition, wordsOf(edition), permanentUrl(ctx, wordPaths.schema())),
    },
    wordsSchemaFile(ctx),
    {
      kind: 'annotations',
      path: paths.annotations(slug),
      mediaType: 'application/ld+json',
      body: () => webAnnotationsJsonLd(edition, ctx),
      since: ANNOTATION_FILES_SINCE,
    },
    {
      kind: 'tei',
      path: paths.tei(slug),
      mediaType: 'application/tei+xml',
      body: () => toTei(edition, ctx),
      since: ANNOTATION_FILES_SINCE,
    },
  ];
}

/** The file of a kind; throws if the document has none (a programming error, not a data one). */
export function dataFile(edition: Edition, ctx: ExportContext, kind: DataFileKind): DataFile {
  const file = dataFiles(edition, ctx).find((f) => f.kind === kind);
  if (!file) throw new Error(`${edition.document.slug} has no ${kind} export`);
  return file;
}

/** SHA-256 of a body as served (UTF-8), hex. */
export function sha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
