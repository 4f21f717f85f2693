/**
 * The URL manifest (tests/url-manifest.txt): every public URL the edition has
 * ever published, one path per line, sorted. Pure helpers; the tests read the
 * built site and the file. A URL may be added (after review) but never
 * dropped: a retired URL keeps a redirect page, so it stays in the build.
 */

/**
 * Built files that are not URLs anyone links to: content-hashed bundles, the search index's internals,
 * and the offline worker's group manifests (it finds them by the revision it was built with).
 */
export const NOT_PUBLIC = ['/_astro/', '/pagefind/', '/offline/'] as const;

/** The public URL of a built file (`/en/trade-2019/index.html` → `/en/trade-2019/`), or undefined if it is not public. */
export function publicUrl(file: string): string | undefined {
  const path = file.startsWith('/') ? file : `/${file}`;
  if (NOT_PUBLIC.some((prefix) => path.startsWith(prefix))) return undefined;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The sorted, de-duplicated public URLs of a built site's files. */
export function publicUrls(files: Iterable<string>): string[] {
  return sortUnique([...files].flatMap((f) => publicUrl(f) ?? []));
}

export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formatManifest(urls: Iterable<string>): string {
  return `${sortUnique([...urls]).join('\n')}\n`;
}

export interface ManifestCheck {
  /** In the manifest but not published: a URL that disappeared. */
  readonly missing: string[];
  /** Published but not in the manifest: a new URL nobody has reviewed yet. */
  readonly unlisted: string[];
}

export function checkManifest(manifest: readonly string[], published: readonly string[]): ManifestCheck {
  const listed = new Set(manifest);
  const live = new Set(published);
  return {
    missing: sortUnique(manifest.filter((url) => !live.has(url))),
    unlisted: sortUnique(published.filter((url) => !listed.has(url))),
  };
}

/** The manifest after an update: every URL it had plus every published one. Updating never removes a URL. */
export function updateManifest(manifest: readonly string[], published: readonly string[]): string[] {
  return sortUnique([...manifest, ...published]);
}

function sortUnique(values: string[]): string[] {
  // Code-unit order, so the file sorts the same on every machine and locale.
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
