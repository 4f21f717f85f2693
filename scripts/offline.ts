/**
 * The offline step, last in the build (after the search index exists):
 * - lists the built files a saved document needs, each with a revision (a digest of its contents, as Workbox's
 *   getManifest gives), in offline groups, one per document plus one shared, written as `offline/{group}.json`;
 * - states each document's download size in its pages' "save for offline reading" control;
 * - bundles the service worker (src/lib/offline/worker.ts) and injects the group manifests, with their
 *   revisions, into `sw.js` (workbox-build injectManifest), built for the site's BASE_PATH.
 *
 *   node scripts/offline.ts [--site DIR]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
// The one entry point used, from its own module: the package's index also loads generateSW and its bundler, half a
// second of module loading on every build for a function the step never calls.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { readRecords } from '../src/lib/records/read.ts';
import { groupManifests, HOST_FILES, isShipped, normaliseBase, siteUrl } from '../src/lib/offline/build.ts';
import { fillSizes, formatSize, groupManifestPath, groupOf, groupsFor } from '../src/lib/offline/groups.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;
const base = normaliseBase(process.env.BASE_PATH);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [relative(site, full).split('\\').join('/')];
  });
}

/**
 * A file's size as stored and as downloaded (gzip), weighed once: the second pass re-weighs only the pages whose
 * stated size was filled in between.
 */
const weights = new Map<string, { bytes: number; gzipBytes: number }>();
function weigh(file: string): { bytes: number; gzipBytes: number } {
  let weight = weights.get(file);
  if (!weight) {
    const bytes = readFileSync(join(site, file));
    weight = { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    weights.set(file, weight);
  }
  return weight;
}

const scratch = mkdtempSync(join(tmpdir(), 'edition-offline-'));
try {
  const docs = readRecords().map((e) => e.document.slug);
  // The search page loads Pagefind's engine directly; its UI bundles are never used, so they are not shipped.
  for (const path of walk(site).filter((p) => !isShipped(p))) rmSync(join(site, path));
  rmSync(join(site, 'offline'), { recursive: true, force: true });

  // The site as shipped, listed once. Only the files some group saves are weighed and hashed: a third of the site
  // (no citation files, no word pages, no release archives; see groupOf). Workbox's getManifest would hash every
  // file, twice.
  const files = walk(site);
  const saved = files.filter((p) => !HOST_FILES.includes(p) && groupOf(`/${p}`, docs) !== undefined);

  // 1. Sizes first, then state them in the pages (a few bytes more in each page, well within the rounding).
  const sizes = new Map<string, number>();
  for (const group of groupManifests(
    saved.map((url) => ({ url, revision: null })),
    docs,
    base,
    weigh,
  )) {
    sizes.set(group.group, group.gzipBytes);
  }
  const stated = new Map(docs.map((doc) => [doc, formatSize(groupsFor(doc).reduce((n, g) => n + (sizes.get(g) ?? 0), 0))]));
  for (const path of files.filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(join(site, path), 'utf8');
    const filled = fillSizes(html, stated);
    if (filled === html) continue;
    writeFileSync(join(site, path), filled);
    weights.delete(path);
  }

  // 2. The group manifests, with every file's final revision: an MD5 digest of what it holds, as Workbox gives.
  const revision = (file: string): string =>
    createHash('md5')
      .update(readFileSync(join(site, file)))
      .digest('hex');
  const groups = groupManifests(
    saved.map((url) => ({ url, revision: revision(url) })),
    docs,
    base,
    weigh,
  );
  mkdirSync(join(site, 'offline'), { recursive: true });
  for (const group of groups) writeFileSync(join(site, groupManifestPath(group.group)), `${JSON.stringify(group)}\n`);

  // 3. The worker, bundled with its Workbox modules, then the group manifests injected with their revisions.
  const swSrc = join(scratch, 'sw.js');
  await build({
    entryPoints: ['src/lib/offline/worker.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: swSrc,
    logLevel: 'warning',
  });
  const injected = await injectManifest({
    swSrc,
    swDest: join(site, 'sw.js'),
    globDirectory: site,
    globPatterns: ['offline/*.json'],
    modifyURLPrefix: { '': base },
  });
  if (injected.warnings.length > 0) throw new Error(`workbox-build: ${injected.warnings.join('; ')}`);
  const summary = groups.map((g) => `${g.group} ${g.entries.length} files, ${formatSize(g.gzipBytes)} gzip`).join('; ');
  console.log(`offline: sw.js for base ${base}; groups: ${summary}; ${siteUrl(base, 'sw.js')}`);
} catch (error) {
  console.error('offline: could not write the service worker', error);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
