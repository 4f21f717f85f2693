/**
 * The one place pages read records: the `editions` collection (src/content.config.ts), one entry per document,
 * each validated against the content step's own schema. Pages compute nothing from inputs and open no file.
 */
import { getCollection } from 'astro:content';
import type { Edition } from '../records/index.ts';

let cached: Promise<Edition[]> | undefined;

export function loadEditions(): Promise<Edition[]> {
  cached ??= getCollection('editions').then((entries) =>
    entries.map(({ data }) => data).sort((a, b) => a.document.slug.localeCompare(b.document.slug)),
  );
  return cached;
}
