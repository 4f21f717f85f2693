/**
 * The edition's Content-Security-Policy, built from what the pages really
 * contain. The policy goes into a <meta http-equiv> at the top of <head>, so
 * it may only use directives a meta policy honours (no frame-ancestors,
 * report-uri or sandbox: browsers ignore those in a meta and log an error).
 */
import { createHash } from 'node:crypto';

/** A CSP hash source for an inline element's exact text: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInput {
  /** The exact text of every inline <style> on the page. */
  readonly inlineStyles: readonly string[];
  /** The page links stylesheet files from its own origin. */
  readonly styleFiles?: boolean;
}

/**
 * Only what the site needs, and nothing from another origin:
 * - scripts are files bundled by Astro under the site's own origin
 *   (astro.config.mjs keeps them out of the HTML), so `'self'` and no inline
 *   script at all; `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly;
 * - the stylesheet is a file from the site's own origin (`'self'`); an inline
 *   <style>, if a page had one, would be allowed by its hash rather than by
 *   `'unsafe-inline'` (which would also allow style attributes);
 * - `connect-src 'self'` is for Pagefind fetching its index from this site;
 * - images are the favicon; everything else (fonts, frames, objects, media,
 *   workers, manifests) falls back to `default-src 'none'`.
 */
export function contentSecurityPolicy(input: PolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['style-src', ...nonEmpty([...(input.styleFiles ? ["'self'"] : []), ...input.inlineStyles.map(hashSource)], "'none'")],
    ['img-src', "'self'"],
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The policy every page of the edition declares: its one stylesheet is a file under /_astro/ (astro.config.mjs
 * never inlines it), so style files from the site's own origin and no inline style. The `<meta>` of every page
 * (HeadPolicy.astro) and the `_headers` file the hosts apply (headers.ts) both take it from here, so the two can
 * never disagree: under two policies a page obeys both, and a header that differs blocks what the page loads.
 */
export function pagePolicy(): string {
  return contentSecurityPolicy({ inlineStyles: [], styleFiles: true });
}

function nonEmpty(values: string[], fallback: string): [string, ...string[]] {
  const unique = [...new Set(values)];
  return unique.length > 0 ? (unique as [string, ...string[]]) : [fallback];
}

/** A policy as a map from directive name to its sources, for checking. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}
