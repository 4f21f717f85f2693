/**
 * Content collections. The records are written by `npm run content` and
 * validated here with the very schemas the parser uses, so a page can only
 * ever see records that passed the same checks as the build script.
 */
import { defineCollection } from 'astro:content';
import { DocumentSchema, MeasureSchema, PartSchema } from './lib/records/index.ts';
import { readRecords } from './lib/records/read.ts';

const documents = defineCollection({
  loader: async () => readRecords().map((e) => ({ ...e.document, id: e.document.slug })),
  schema: DocumentSchema,
});

const parts = defineCollection({
  loader: async () => readRecords().flatMap((e) => e.parts.map((p) => ({ ...p, id: `${p.doc}/${p.id}`, key: p.id }))),
  schema: PartSchema.omit({ id: true }).extend({ key: PartSchema.shape.id }),
});

const measures = defineCollection({
  loader: async () => readRecords().flatMap((e) => e.measures.map((m) => ({ ...m, id: `${m.doc}/${m.id}`, key: m.id }))),
  schema: MeasureSchema.omit({ id: true }).extend({ key: MeasureSchema.shape.id }),
});

export const collections = { documents, parts, measures };
