/**
 * Content collections. The records are written by `npm run content` and
 * validated here with the very schemas the parser uses, so a page can only
 * ever see records that passed the same checks as the build script.
 */
import { defineCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotationFile } from './lib/annotate/read.ts';
import {
  AnnotationSchema,
  AnnotationSourceSchema,
  DocumentSchema,
  MeasureSchema,
  PartSchema,
  ThemeSchema,
  WordsRecordSchema,
} from './lib/records/index.ts';
import { readRecords } from './lib/records/read.ts';
import { z } from 'astro/zod';

const ANNOTATIONS = 'content/annotations';

/** Per-document records are keyed `{doc}/{id}`; `key` keeps the record's own ID. */
const keyedBy = { doc: z.string(), key: z.string() };

const documents = defineCollection({
  loader: () => readRecords().map((e) => ({ ...e.document, id: e.document.slug })),
  schema: DocumentSchema,
});

const parts = defineCollection({
  loader: () => readRecords().flatMap((e) => e.parts.map((p) => ({ ...p, id: `${p.doc}/${p.id}`, key: p.id }))),
  schema: PartSchema.omit({ id: true }).extend({ key: PartSchema.shape.id }),
});

const measures = defineCollection({
  loader: () => readRecords().flatMap((e) => e.measures.map((m) => ({ ...m, id: `${m.doc}/${m.id}`, key: m.id }))),
  schema: MeasureSchema.omit({ id: true }).extend({ key: MeasureSchema.shape.id }),
});

const annotations = defineCollection({
  loader: () =>
    readRecords().flatMap((e) =>
      e.annotations.map((a) => ({ ...a, id: `${e.document.slug}/${a.slug}`, doc: e.document.slug, key: a.slug })),
    ),
  schema: AnnotationSchema.extend(keyedBy),
});

const themes = defineCollection({
  loader: () =>
    readRecords().flatMap((e) => e.themes.map((t) => ({ ...t, id: `${e.document.slug}/${t.slug}`, doc: e.document.slug, key: t.slug }))),
  schema: ThemeSchema.extend(keyedBy),
});

/** Each document's words, computed by `npm run content` (src/lib/words/read.ts: computeWords). */
const words = defineCollection({
  loader: () => readRecords().flatMap((e) => (e.words ? [{ ...e.words, id: e.document.slug }] : [])),
  schema: WordsRecordSchema,
});

/**
 * Each annotation's commentary, parsed as Markdown with remark and rendered to HTML here: data, never code
 * (an MDX body could import modules and read the environment at build time).
 */
const commentary = defineCollection({
  loader: () =>
    readdirSync(ANNOTATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(ANNOTATIONS, d.name))
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => {
            const path = join(ANNOTATIONS, d.name, name);
            const file = parseAnnotationFile(path, readFileSync(path, 'utf8'));
            return { ...file.source, id: `${d.name}/${file.slug}`, html: file.html };
          }),
      ),
  schema: AnnotationSourceSchema.extend({ html: z.string() }),
});

export const collections = { documents, parts, measures, annotations, themes, words, commentary };
