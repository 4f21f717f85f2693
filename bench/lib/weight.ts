/**
 * What a page costs to load, from the responses Chromium actually received:
 * gzip bytes by kind, fonts, and render-blocking resources. Pure over the
 * captured responses; the benchmark script does the capturing.
 */
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'document' | 'stylesheet' | 'script' | 'font' | 'image' | 'fetch' | 'other';

export interface LoadedResource {
  readonly url: string;
  readonly kind: ResourceKind;
  readonly bytes: Uint8Array;
  /** Chromium's verdict (PerformanceResourceTiming.renderBlockingStatus); the document itself is never counted. */
  readonly renderBlocking: boolean;
}

export interface PageWeight {
  /** gzip bytes of the HTML document, inline CSS included. */
  readonly html: number;
  /** gzip bytes of the inline <style> text alone (already counted in html). */
  readonly inlineCss: number;
  /** gzip bytes of stylesheet files. */
  readonly css: number;
  /** gzip bytes of script files. */
  readonly js: number;
  /** gzip bytes of everything else loaded (favicon, images, fetches). */
  readonly other: number;
  /** Everything loaded, in gzip bytes. */
  readonly total: number;
  readonly requests: number;
  readonly fontFiles: number;
  readonly renderBlockingScripts: number;
  readonly renderBlockingStylesheets: number;
}

/** gzip at zlib's default level (6), what a static host typically serves. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).length;
}

export function pageWeight(loaded: readonly LoadedResource[], inlineStyles: readonly string[]): PageWeight {
  const sum = (kinds: ResourceKind[]): number => loaded.filter((r) => kinds.includes(r.kind)).reduce((n, r) => n + gzipSize(r.bytes), 0);
  const html = sum(['document']);
  const css = sum(['stylesheet']);
  const js = sum(['script']);
  const other = sum(['font', 'image', 'fetch', 'other']);
  return {
    html,
    inlineCss: inlineStyles.reduce((n, s) => n + gzipSize(s), 0),
    css,
    js,
    other,
    total: html + css + js + other,
    requests: loaded.length,
    fontFiles: loaded.filter((r) => r.kind === 'font').length,
    renderBlockingScripts: loaded.filter((r) => r.kind === 'script' && r.renderBlocking).length,
    renderBlockingStylesheets: loaded.filter((r) => r.kind === 'stylesheet' && r.renderBlocking).length,
  };
}

/** Map a Chromium resource type (Playwright's request.resourceType()) and URL to a kind. */
export function resourceKind(type: string, url: string): ResourceKind {
  if (type === 'document' || type === 'stylesheet' || type === 'script' || type === 'font' || type === 'image') return type;
  if (type === 'fetch' || type === 'xhr') return 'fetch';
  if (/\.(woff2?|ttf|otf|eot)(\?|$)/i.test(url)) return 'font';
  return 'other';
}
