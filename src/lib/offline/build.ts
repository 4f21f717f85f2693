/**
 * Pure helpers of the offline build step (scripts/offline.ts): which built files are shipped, and the
 * split of Workbox's manifest into offline groups with their sizes.
 */
import { groupOf, type GroupManifest, type OfflineEntry } from './groups.ts';

/** The site's base path as URLs use it: leading and trailing slash (`/`, `/edition/`). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL of a built file (`en/trade-2019/index.html`) under the base: directory pages end in `/`. */
export function siteUrl(base: string, file: string): string {
  const path = file === 'index.html' ? '' : file.replace(/\/index\.html$/, '/');
  return `${base}${path}`;
}

/**
 * The hosts' own configuration files at the site's root (Netlify and Cloudflare Pages read them and never serve
 * them), left out of the offline groups: a worker that asked for one would fail to save anything.
 */
export const HOST_FILES: readonly string[] = ['_headers', '_redirects'];

/**
 * False for Pagefind's own UI bundles, which the site does not use (it loads the engine directly), and for its
 * worker: the engine runs in the page (`noWorker`, src/client/search/loader.ts).
 */
export function isShipped(file: string): boolean {
  return !/^pagefind\/[a-z]+\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(file);
}

/** An entry of workbox-build's getManifest: a file relative to the site folder and its revision. */
export interface BuiltEntry {
  readonly url: string;
  readonly revision: string | null;
}

/** A group's manifest as the build writes it, with its download size (gzip) beside its stored size. */
export interface BuiltGroup extends GroupManifest {
  readonly gzipBytes: number;
}

/**
 * Split Workbox's manifest of the built site into offline groups. `weigh` gives a file's
 * size as stored and as downloaded (gzip). Content-hashed files under
 * `_astro/` need no revision: their name changes with their content.
 */
export function groupManifests(
  entries: readonly BuiltEntry[],
  docs: readonly string[],
  base: string,
  weigh: (file: string) => { bytes: number; gzipBytes: number },
): BuiltGroup[] {
  const groups = new Map<string, { entries: OfflineEntry[]; bytes: number; gzipBytes: number }>();
  for (const entry of [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const group = groupOf(`/${entry.url}`, docs);
    if (!group) continue;
    const g = groups.get(group) ?? { entries: [], bytes: 0, gzipBytes: 0 };
    g.entries.push({ url: siteUrl(base, entry.url), revision: entry.url.startsWith('_astro/') ? null : entry.revision });
    const size = weigh(entry.url);
    g.bytes += size.bytes;
    g.gzipBytes += size.gzipBytes;
    groups.set(group, g);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([group, g]) => ({ group, ...g }));
}
