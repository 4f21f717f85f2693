/**
 * npm run release — freeze the latest release of every document that has a
 * releases file: write its exports, exactly as published, to
 * content/releases/{doc}/{n}/ (README, "Releases"). Run it once a release's
 * content is final, before the next release is added; a frozen release is
 * never written again. Its SHA256SUMS records what was frozen; every build
 * checks the folder against it.
 *
 *   node scripts/release.ts [--records DIR] [--releases DIR]
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildDate } from '../src/lib/export/build-date.ts';
import { readRecords } from '../src/lib/records/read.ts';
import { CHECKSUMS_FILE, formatChecksums } from '../src/lib/releases/checksums.ts';
import { releaseFiles } from '../src/lib/releases/freeze.ts';
import { frozenDir, readDocumentReleases, RELEASES_DIR } from '../src/lib/releases/load.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: process.env.RECORDS_DIR ?? 'content/records' },
    releases: { type: 'string', default: process.env.RELEASES_DIR ?? RELEASES_DIR },
  },
});

try {
  const build = readBuildDate();
  let frozen = 0;
  for (const edition of readRecords(values.records)) {
    const releases = readDocumentReleases(edition, values.releases);
    if (!releases) continue;
    const { latest } = releases;
    const dir = frozenDir(values.releases, edition.document.slug, latest.n);
    if (existsSync(dir)) {
      console.log(`release: ${edition.document.slug} release ${latest.n} is already frozen in ${dir}/`);
      continue;
    }
    const staging = `${dir}.staging-${process.pid}`;
    mkdirSync(staging, { recursive: true });
    const files = releaseFiles(edition, build, { n: latest.n, date: latest.date });
    for (const [name, body] of files) writeFileSync(join(staging, name), body);
    // The checksums of what was frozen: the build refuses a frozen file that differs, is missing or was added.
    writeFileSync(join(staging, CHECKSUMS_FILE), formatChecksums(files));
    renameSync(staging, dir);
    frozen += 1;
    console.log(`release: froze ${edition.document.slug} release ${latest.n} (${latest.date}) in ${dir}/`);
  }
  if (frozen === 0) console.log('release: nothing new to freeze');
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
