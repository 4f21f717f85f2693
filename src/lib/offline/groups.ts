/**
 * What "save for offline reading" downloads. The built site is split into
 * offline groups: one per document (its pages in both languages and its data
 * files) and one shared group (the landing and search pages, scripts and
 * styles, the search index) that every saved document needs. Pure: the
 * build step lists the files, the service worker fetches them.
 */
import { LANGS } from '../../i18n/index.ts';

/** The group every saved document needs besides its own. */
export const SHARED_GROUP = 'shared';

/** Where a group's manifest is published, relative to the site root (no leading slash). */
export function groupManifestPath(group: string): string {
  return `offline/${group}.json`;
}

/** One file of a group: its site URL (with the base) and Workbox's revision (null when the name is hashed). */
export interface OfflineEntry {
  readonly url: string;
  readonly revision: string | null;
}

/** A group's manifest, as published at `offline/{group}.json`. */
export interface GroupManifest {
  readonly group: string;
  /** Bytes to download to save the group (uncompressed, as the worker stores them). */
  readonly bytes: number;
  readonly entries: readonly OfflineEntry[];
}

/**
 * The offline group of a site path (without the base, leading slash), or
 * undefined for files that are never saved: the worker and the manifests
 * themselves, crawler files, the citation files beside each unit (about
 * 1,300 small downloads per document; the page shows and copies the citation,
 * so reading offline does not need them), and the page of each word (about
 * 2,500 pages, three times the rest of the document: offline, the word
 * popover still gives a word's reading and senses from the per-part word data,
 * which is saved, and the word index stays), and the archive of every
 * release under `/data/releases/` (its exports, printed and e-book editions:
 * the wording each release published, kept for citing and comparing; a reader
 * offline reads the current text, and each sentence's page already shows its
 * earlier wordings).
 */
export function groupOf(path: string, docs: readonly string[]): string | undefined {
  if (path === '/sw.js' || path.startsWith('/offline/') || path === '/robots.txt' || path === '/sitemap.xml') return undefined;
  if (/\/cite\.[a-z]+$/.test(path)) return undefined;
  // The releases' archives (a few MB, and more with each release) are files to keep, not the text to read.
  if (path.startsWith('/data/releases/')) return undefined;
  const [first = '', second = '', third = '', fourth = ''] = path.split('/').slice(1);
  const isDocPage = (LANGS as readonly string[]).includes(first) && docs.includes(second);
  if (isDocPage && third === 'words' && fourth !== '' && fourth !== 'index.html') return undefined;
  if (isDocPage) return second;
  if (first === 'data') {
    // The document's own files (`/data/{doc}.json`, …) and its per-part word data (`/data/words/{doc}/m14.json`).
    const doc = docs.find((d) => second === d || second.startsWith(`${d}.`) || (second === 'words' && third === d));
    if (doc) return doc;
  }
  return SHARED_GROUP;
}

/** The groups a saved document needs, its own last (so its state flips to saved only when all is there). */
export function groupsFor(doc: string): readonly string[] {
  return [SHARED_GROUP, doc];
}

/** A size as the control states it: "2.1 MB", "640 KB" (decimal units, as storage settings show them). */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** What a page shows where the size of saving a document goes until the offline build step fills it in. */
export const SIZE_MARKER = '…';

/** Put the size of saving each document into a page's `<span data-offline-size="{doc}">`. */
export function fillSizes(html: string, sizes: ReadonlyMap<string, string>): string {
  return html.replace(/(<span data-offline-size="([^"]+)">)[^<]*(<\/span>)/g, (whole, open: string, doc: string, close: string) => {
    const size = sizes.get(doc);
    return size === undefined ? whole : `${open}${size}${close}`;
  });
}
