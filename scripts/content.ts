/**
 * npm run content — parse every seeds/*.zh.txt, check and merge its
 * translations (content/translations/), anchor its annotations
 * (content/annotations/{slug}/) and themes (content/themes/{slug}.yaml), and
 * write content/records/{slug}.json.
 * Thin: reads files, calls the pure builder, writes atomically. Either every
 * record file is replaced or, on any error, nothing in content/ changes.
 *
 *   node scripts/content.ts [--seeds DIR] [--translations DIR] [--annotations DIR] [--themes DIR] [--out DIR]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRecords } from '../src/lib/content/build.ts';
import { SEED_SUFFIX } from '../src/lib/parse/ids.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    translations: { type: 'string', default: 'content/translations' },
    annotations: { type: 'string', default: 'content/annotations' },
    themes: { type: 'string', default: 'content/themes' },
    out: { type: 'string', default: 'content/records' },
  },
});
const { seeds: seedsDir, translations: translationsDir, annotations: annotationsDir, themes: themesDir, out: outDir } = values;
const shown = (path: string): string => relative(process.cwd(), path) || path;
const list = (dir: string, suffix: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix)).sort().map((n) => join(dir, n)) : [];
const listNested = (dir: string, suffix: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => list(join(dir, d.name), suffix)) : [];
const text = (p: string) => ({ path: shown(p), text: readFileSync(p, 'utf8') });

try {
  const { editions, warnings } = buildRecords({
    seeds: list(seedsDir, SEED_SUFFIX).map((p) => ({ path: shown(p), bytes: readFileSync(p) })),
    translations: list(translationsDir, '.yaml').map(text),
    annotations: listNested(annotationsDir, '.mdx').map(text),
    themes: list(themesDir, '.yaml').map(text),
  });
  if (warnings.length > 0) {
    console.warn(`content: ${warnings.length} terminology exception(s) without an explanation:\n  ${warnings.join('\n  ')}`);
  }

  const staging = `${outDir}.staging-${process.pid}`;
  const retired = `${outDir}.retired-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const edition of editions) {
    writeFileSync(join(staging, `${edition.document.slug}.json`), `${JSON.stringify(edition, null, 1)}\n`);
  }
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });

  const annotations = editions.reduce((n, e) => n + e.annotations.length, 0);
  const count = (f: (e: (typeof editions)[number]) => number): number => editions.reduce((n, e) => n + f(e), 0);
  console.log(
    `content: ${editions.length} document(s), ${count((e) => e.measures.length)} measures, ` +
      `${count((e) => e.measures.reduce((k, m) => k + m.sentences.length, 0))} measure sentences, ${annotations} annotations → ${outDir}`,
  );
} catch (error) {
  console.error(`content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
