import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

/** Every HTML page of the built site, as site paths (`/en/trade-2019/measure-14/`). */
export function builtPages(dist = inject('distDir')): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(`/${relative(dist, full).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return out.sort();
}

export function readPage(path: string, dist = inject('distDir')): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, file), 'utf8');
}

/** Every file of a built site as site path → bytes. */
export function readTree(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(sub, { withFileTypes: true })) {
      const full = join(sub, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(`/${relative(dir, full)}`, readFileSync(full));
    }
  };
  walk(dir);
  return out;
}
