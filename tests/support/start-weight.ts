/**
 * What a browser fetches to show a built page before any interaction, read from the built site: the HTML, every
 * stylesheet it links, every script it names (and every module it preloads), and every module those scripts import
 * statically, recursively (Astro emits shared code as hashed chunks under `/_astro/`). A dynamic `import()` loads
 * later, on use, and is not followed. Each file is weighed gzip, as the benchmark weighs what Chromium received.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { gzipSize } from '../../bench/lib/weight.ts';
import { attr, elements, parseHtml } from './html.ts';
import { readPage } from './dist.ts';

export interface StartFile {
  /** Site path of the file (`/_astro/enhance.x1y2.js`; the page's own path for its HTML). */
  readonly path: string;
  readonly kind: 'html' | 'css' | 'js';
  readonly gzip: number;
}

export interface StartWeight {
  readonly files: readonly StartFile[];
  readonly total: number;
  /** gzip bytes by kind. */
  readonly html: number;
  readonly css: number;
  readonly js: number;
}

/** Site paths of the stylesheets and scripts a page names in its markup, in document order. */
export function namedAssets(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const el of elements(parseHtml(html))) {
    const rel = el.tagName === 'link' ? (attr(el, 'rel') ?? '').split(/\s+/) : [];
    if (el.tagName === 'script') {
      const src = attr(el, 'src');
      if (src !== undefined) js.push(src);
    } else if (rel.includes('stylesheet')) css.push(attr(el, 'href') ?? '');
    else if (rel.includes('modulepreload')) js.push(attr(el, 'href') ?? '');
  }
  for (const path of [...css, ...js]) {
    // Everything the site loads is its own: an outside or relative address would go uncounted.
    if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`asset ${path} is not a path on the site`);
  }
  return { css, js };
}

/**
 * The modules a browser loads for these entry scripts before running them: each entry and everything it imports
 * statically, as site paths. Read by esbuild's bundler with every dynamic import left out.
 */
export async function staticModuleGraph(dist: string, entries: readonly string[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const root = resolve(dist);
  const result = await build({
    entryPoints: entries.map((path) => join(root, path)),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    outdir: 'unused',
    plugins: [
      {
        name: 'site-paths',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            if (args.kind === 'dynamic-import') return { path: args.path, external: true };
            const file = args.path.startsWith('/') ? join(root, args.path) : resolve(dirname(args.importer), args.path);
            if (relative(root, file).startsWith('..')) throw new Error(`${args.importer} imports ${args.path}, outside the site`);
            return { path: file };
          });
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs)
    .map((file) => `/${relative(root, resolve(file)).split('\\').join('/')}`)
    .sort();
}

/** Everything a built page costs before interaction; each file once, however many times it is named. */
export async function startWeight(dist: string, page: string): Promise<StartWeight> {
  const html = readPage(page, dist);
  const named = namedAssets(html);
  const modules = await staticModuleGraph(dist, [...new Set(named.js)]);
  const weigh = (path: string, kind: 'css' | 'js'): StartFile => ({ path, kind, gzip: gzipSize(readFileSync(join(dist, path))) });
  const files: StartFile[] = [
    { path: page, kind: 'html', gzip: gzipSize(html) },
    ...[...new Set(named.css)].map((path) => weigh(path, 'css')),
    ...modules.map((path) => weigh(path, 'js')),
  ];
  const sum = (kind?: StartFile['kind']): number => files.filter((f) => !kind || f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { files, total: sum(), html: sum('html'), css: sum('css'), js: sum('js') };
}
