/**
 * The one place pages read records: through Astro's content collections,
 * which validated every entry against the parser's own schemas.
 */
import { getCollection } from 'astro:content';
import type { Edition } from '../records/index.ts';

let cached: Promise<Edition[]> | undefined;

export function loadEditions(): Promise<Edition[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Edition[]> {
  const [documents, parts, measures] = await Promise.all([getCollection('documents'), getCollection('parts'), getCollection('measures')]);
  return documents
    .map(({ data: document }) => ({
      document,
      parts: parts
        .filter((p) => p.data.doc === document.slug)
        .map(({ data: { key, ...rest } }) => ({ ...rest, id: key }))
        .sort((a, b) => a.n - b.n),
      measures: measures
        .filter((m) => m.data.doc === document.slug)
        .map(({ data: { key, ...rest } }) => ({ ...rest, id: key }))
        .sort((a, b) => a.n - b.n),
    }))
    .sort((a, b) => a.document.slug.localeCompare(b.document.slug));
}
