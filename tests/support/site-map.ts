import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SitePage } from '../tooling/link-check.ts';
import { attr, elements, parseHtml } from './html.ts';

/** Read a built site from disk into the link checker's view of it. */
export function readSite(dist: string): { pages: SitePage[]; files: Set<string> } {
  const pages: SitePage[] = [];
  const files = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const root = parseHtml(readFileSync(full, 'utf8'));
        const all = elements(root);
        pages.push({
          path: `/${relative(dist, full).replace(/index\.html$/, '')}`,
          ids: new Set(all.flatMap((el) => attr(el, 'id') ?? [])),
          links: all.flatMap((el) => [attr(el, 'href'), attr(el, 'src')].filter((v): v is string => v !== undefined)),
        });
      } else files.add(`/${relative(dist, full)}`);
    }
  };
  walk(dist);
  return { pages, files };
}
