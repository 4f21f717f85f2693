/**
 * npm run content — parse every seeds/*.zh.txt, check and merge its
 * translations from content/translations/, and write content/records/{slug}.json.
 * Thin: reads files, calls the pure builder, writes atomically. Either every
 * record file is replaced or, on any error, nothing in content/ changes.
 *
 *   node scripts/content.ts [--seeds DIR] [--translations DIR] [--out DIR]
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
    out: { type: 'string', default: 'content/records' },
  },
});
const { seeds: seedsDir, translations: translationsDir, out: outDir } = values;
const shown = (path: string): string => relative(process.cwd(), path) || path;
const list = (dir: string, suffix: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix)).sort().map((n) => join(dir, n)) : [];

try {
  const editions = buildRecords({
    seeds: list(seedsDir, SEED_SUFFIX).map((p) => ({ path: shown(p), bytes: readFileSync(p) })),
    translations: list(translationsDir, '.yaml').map((p) => ({ path: shown(p), text: readFileSync(p, 'utf8') })),
  });

  const staging = `${outDir}.staging-${process.pid}`;
  const retired = `${outDir}.retired-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const edition of editions) {
    writeFileSync(join(staging, `${edition.document.slug}.json`), `${JSON.stringify(edition, null, 1)}\n`);
  }
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });

  const count = (f: (e: (typeof editions)[number]) => number): number => editions.reduce((n, e) => n + f(e), 0);
  console.log(
    `content: ${editions.length} document(s), ${count((e) => e.measures.length)} measures, ` +
      `${count((e) => e.measures.reduce((k, m) => k + m.sentences.length, 0))} measure sentences → ${outDir}`,
  );
} catch (error) {
  console.error(`content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
