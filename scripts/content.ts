/**
 * npm run content — parse every seeds/*.zh.txt, check and merge its
 * translations (content/translations/), anchor its annotations
 * (content/annotations/{slug}/) and themes (content/themes/{slug}.yaml), check
 * the reviewed senses of its words (content/words/{slug}.senses.yaml), compute
 * its words' readings and senses (content/dictionary/), and write
 * content/records/{slug}.json.
 * Thin: reads files, calls the pure builder, writes atomically. Either every
 * record file is replaced or, on any error, nothing in content/ changes.
 *
 *   node scripts/content.ts [--seeds DIR] [--translations DIR] [--annotations DIR] [--themes DIR] [--words DIR] [--dictionary FILE] [--absent FILE] [--out DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRecords } from '../src/lib/content/build.ts';
import { DEFAULT_DIRS, readContentFiles } from '../src/lib/content/files.ts';
import { readDocumentReleases, releasesRecord } from '../src/lib/content/releases.ts';
import { recoverSwap, swapFolders, swapIn } from './lib/swap.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.SEEDS_DIR ?? DEFAULT_DIRS.seeds },
    translations: { type: 'string', default: DEFAULT_DIRS.translations },
    annotations: { type: 'string', default: DEFAULT_DIRS.annotations },
    themes: { type: 'string', default: DEFAULT_DIRS.themes },
    // No default: the reviewed senses belong to the default seeds (see below).
    words: { type: 'string' },
    dictionary: { type: 'string', default: DEFAULT_DIRS.dictionary ?? 'content/dictionary/cc-cedict.u8' },
    absent: { type: 'string', default: DEFAULT_DIRS.absent },
    out: { type: 'string', default: process.env.RECORDS_DIR ?? 'content/records' },
  },
});
const outDir = values.out;

try {
  // Before content/ is read: a swap killed half-way left records.retired-<pid> beside a missing records/.
  for (const note of recoverSwap(outDir)) console.log(`content: ${note}`);
  // Other seeds (a synthetic corpus, a test) have no reviewed senses unless --words names them.
  const { words: wordsDir, ...given } = values;
  const words = wordsDir ?? (values.seeds === DEFAULT_DIRS.seeds ? DEFAULT_DIRS.words : undefined);
  const dirs = { ...given, ...(words !== undefined ? { words } : {}) };
  const { editions, warnings } = buildRecords(
    readContentFiles(values.translations === DEFAULT_DIRS.translations ? { ...dirs, root: 'content' } : dirs),
  );
  if (warnings.length > 0) {
    console.warn(
      `content: ${warnings.length} warning(s) (terminology exceptions without an explanation, a stale dictionary subset):\n  ${warnings.join('\n  ')}`,
    );
  }

  // The releases go into the records: a fault in them (a frozen file changed, a bad date) is found here, before
  // the records are replaced, with its file and position, and pages never read them.
  const recorded = editions.map((edition) => {
    const releases = readDocumentReleases(edition);
    return releases ? { ...edition, releases: releasesRecord(edition, releases) } : edition;
  });

  const { staging } = swapFolders(outDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const edition of recorded) {
    writeFileSync(join(staging, `${edition.document.slug}.json`), `${JSON.stringify(edition, null, 1)}\n`);
  }
  swapIn(staging, outDir);

  const sum = (f: (e: (typeof editions)[number]) => number): number => editions.reduce((n, e) => n + f(e), 0);
  console.log(
    `content: ${editions.length} document(s), ${sum((e) => e.measures.length)} measures, ` +
      `${sum((e) => e.measures.reduce((k, m) => k + m.sentences.length, 0))} measure sentences, ` +
      `${sum((e) => e.annotations.length)} annotations → ${outDir}`,
  );
} catch (error) {
  console.error(`content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
