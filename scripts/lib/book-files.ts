/**
 * The printed (PDF) and e-book (EPUB) editions of a release, made from its
 * JSON export as frozen, with the termbase of the records as its glossary.
 * Used by `npm run release` when it freezes a release, and by
 * `npm run release -- --books N` for a release frozen before they existed.
 */
import type { Export } from '../../src/lib/export/json.ts';
import { bookFileNames, bookOf } from '../../src/lib/print/book.ts';
import { epubOf } from '../../src/lib/print/epub.ts';
import type { Annotation } from '../../src/lib/records/index.ts';
import { resolveSettings } from '../../src/lib/settings/site-settings.ts';
import { renderPdf } from './print-pdf.ts';

/** The edition's published root when SITE (or a host's variables) name it; a preview has none. */
export function publishedRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const settings = resolveSettings(env);
  return settings.preview ? undefined : new URL(settings.base, settings.site).href;
}

/** File name → bytes of a release's printed and e-book editions. */
export async function bookFiles(frozenJson: string, termbase: readonly Annotation[], made: string): Promise<Map<string, Uint8Array>> {
  const json = JSON.parse(frozenJson) as Export;
  if (json.version !== 1) throw new Error(`a JSON export of version ${String(json.version)}, expected version 1`);
  const book = bookOf({ json, termbase, made, root: publishedRoot() });
  const names = bookFileNames(book.slug);
  return new Map([
    [names.pdf, await renderPdf(book)],
    [names.epub, epubOf(book)],
  ]);
}
