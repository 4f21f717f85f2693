/**
 * A link checker for a built site, pure over an in-memory view of it: every
 * internal href, src and fragment must resolve. Used by the tests on dist/.
 */
export interface SitePage {
  /** Site path without base, e.g. `/en/trade-2019/measure-14/`. */
  readonly path: string;
  /** Every `id` on the page. */
  readonly ids: ReadonlySet<string>;
  /** Every link target on the page as written (href/src/action). */
  readonly links: readonly string[];
}

export interface BrokenLink {
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

/**
 * Check every link. `files` holds every non-HTML file path in the site;
 * `origin` is the site's own origin, so absolute links to it count as internal.
 */
export function brokenLinks(pages: readonly SitePage[], files: ReadonlySet<string>, base: string, origin: string): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      if (/^(mailto:|tel:|javascript:|data:)/.test(link)) continue;
      const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, origin);
      const url = new URL(link, pageUrl);
      if (url.origin !== new URL(origin).origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: page.path, link, reason: `outside the base ${base}` });
        continue;
      }
      const path = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      const target = byPath.get(path) ?? byPath.get(`${path}/`);
      if (!target) {
        if (!files.has(path)) broken.push({ page: page.path, link, reason: 'no such page or file' });
        continue;
      }
      if (target.path !== path) broken.push({ page: page.path, link, reason: 'missing trailing slash' });
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== 'top' && !target.ids.has(fragment)) {
        broken.push({ page: page.path, link, reason: `no element #${fragment} on ${target.path}` });
      }
    }
  }
  return broken;
}
