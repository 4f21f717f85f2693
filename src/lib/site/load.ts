/**
 * The one place pages read records: through Astro's content collections,
 * which validated every entry against the parser's own schemas.
 */
import { getCollection } from 'astro:content';
import type { Edition, WordsRecord } from '../records/index.ts';

let cached: Promise<Edition[]> | undefined;

export function loadEditions(): Promise<Edition[]> {
  cached ??= load();
  return cached;
}

const wordsOfDocument = (data: WordsRecord | undefined): { words?: WordsRecord } => (data ? { words: data } : {});

const byN = <T extends { n: number }>(a: T, b: T): number => a.n - b.n;

async function load(): Promise<Edition[]> {
  const [documents, parts, measures, annotations, themes, words] = await Promise.all([
    getCollection('documents'),
    getCollection('parts'),
    getCollection('measures'),
    getCollection('annotations'),
    getCollection('themes'),
    getCollection('words'),
  ]);
  return documents
    .map(({ data: document }) => {
      const of = <T extends { data: { doc: string } }>(entries: T[]): T[] => entries.filter((e) => e.data.doc === document.slug);
      return {
        document,
        parts: of(parts)
          .map(({ data: { key, ...rest } }) => ({ ...rest, id: key }))
          .sort(byN),
        measures: of(measures)
          .map(({ data: { key, ...rest } }) => ({ ...rest, id: key }))
          .sort(byN),
        annotations: of(annotations)
          .map(({ data: { key, doc: _doc, ...rest } }) => ({ ...rest, slug: key }))
          .sort((a, b) => a.slug.localeCompare(b.slug)),
        themes: of(themes).map(({ data: { key, doc: _doc, ...rest } }) => ({ ...rest, slug: key })),
        ...wordsOfDocument(words.find((w) => w.id === document.slug)?.data),
      };
    })
    .sort((a, b) => a.document.slug.localeCompare(b.document.slug));
}
