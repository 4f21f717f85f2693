/**
 * Write dist/sw.js, the offline service worker, listing every built file.
 * Runs last in the build, after the search index exists.
 *
 *   node scripts/offline.ts [--site DIR]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isPrecached, serviceWorkerSource } from '../src/lib/offline/service-worker.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [`/${relative(site, full).split('\\').join('/')}`];
  });
}

try {
  const all = walk(site).sort();
  // The search page loads Pagefind's engine directly; its UI bundles are never used, so they are not shipped.
  for (const path of all.filter((p) => p.startsWith('/pagefind/') && !isPrecached(p))) rmSync(join(site, path));
  const files = all.filter(isPrecached);
  const hash = createHash('sha256');
  for (const path of files) hash.update(path).update(readFileSync(join(site, path)));
  const version = hash.digest('hex').slice(0, 16);
  writeFileSync(join(site, 'sw.js'), serviceWorkerSource(files, version, process.env.BASE_PATH ?? '/'));
  console.log(`offline: service worker precaches ${files.length} files (version ${version})`);
} catch (error) {
  console.error('offline: could not write the service worker', error);
  process.exitCode = 1;
}
