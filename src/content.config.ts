/**
 * The one content collection: each document's records, written by `npm run content` with everything derived
 * (translation, annotations and their commentary, themes, words, releases) and validated here with the very
 * schema the content step writes them by, so a page can only ever see records that passed the same checks.
 */
import { defineCollection } from 'astro:content';
import { EditionSchema } from './lib/records/index.ts';
import { readRecords } from './lib/records/read.ts';

const editions = defineCollection({
  loader: () => readRecords().map((edition) => ({ ...edition, id: edition.document.slug })),
  schema: EditionSchema,
});

export const collections = { editions };
