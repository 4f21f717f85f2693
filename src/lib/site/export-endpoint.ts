/**
 * The glue between Astro endpoints and the pure exports: build the export
 * context from the endpoint's environment and wrap a body in a Response.
 */
import { readBuildDate } from '../export/build-date.ts';
import { currentRelease } from '../records/releases.ts';
import type { DataFile } from '../export/files.ts';
import type { ExportContext } from '../export/context.ts';

export function exportContext(site: URL | undefined): ExportContext {
  return { base: import.meta.env.BASE_URL, site: site?.href ?? '', build: readBuildDate(), release: currentRelease };
}

export function fileResponse(body: string, mediaType: string): Response {
  // header=present is RFC 4180's parameter for a CSV file that starts with a header row.
  const params = mediaType === 'text/csv' ? '; charset=utf-8; header=present' : '; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': `${mediaType}${params}` } });
}

/** A binary file (a release's PDF or EPUB) as frozen. */
export function bytesResponse(body: string | Uint8Array, mediaType: string): Response {
  if (typeof body === 'string') return fileResponse(body, mediaType);
  return new Response(body.slice().buffer, { headers: { 'Content-Type': mediaType } });
}

export function serve(file: DataFile): Response {
  return fileResponse(file.body(), file.mediaType);
}
