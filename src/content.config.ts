/**
 * Content collections. The records are written by `npm run content` and
 * validated here with the very schemas the parser uses, so a page can only
 * ever see records that passed the same checks as the build script.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AnnotationSchema, AnnotationSourceSchema, DocumentSchema, MeasureSchema, PartSchema, ThemeSchema } from './lib/records/index.ts';
import { readRecords } from './lib/records/read.ts';
import { z } from 'astro/zod';

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
    readRecords().flatMap((e) => e.annotations.map((a) => ({ ...a, id: `${e.document.slug}/${a.slug}`, doc: e.document.slug, key: a.slug }))),
  schema: AnnotationSchema.extend(keyedBy),
});

const themes = defineCollection({
  loader: () => readRecords().flatMap((e) => e.themes.map((t) => ({ ...t, id: `${e.document.slug}/${t.slug}`, doc: e.document.slug, key: t.slug }))),
  schema: ThemeSchema.extend(keyedBy),
});

/** The annotation files themselves, for rendering their MDX commentary. */
const commentary = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/annotations' }),
  schema: AnnotationSourceSchema,
});

export const collections = { documents, parts, measures, annotations, themes, commentary };
