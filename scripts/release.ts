/**
 * npm run release — freeze the latest release of every document that has a
 * releases file: write its exports, exactly as published, to
 * content/releases/{doc}/{n}/ (README, "Releases"), with its printed (PDF)
 * and e-book (EPUB) editions. Run it once a release's content is final,
 * before the next release is added; a frozen release is never written again.
 * Its SHA256SUMS records what was frozen; every build checks the folder
 * against it.
 *
 *   node scripts/release.ts [--records DIR] [--releases DIR]
 *   node scripts/release.ts --books N   add the PDF and EPUB to frozen release N
 *                                       that lacks them, from its frozen JSON;
 *                                       its other files are left as they are
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildDate } from '../src/lib/export/build-date.ts';
import { readRecords } from '../src/lib/records/read.ts';
import { CHECKSUMS_FILE, formatChecksums, formatSums, parseChecksums, sha256Hex } from '../src/lib/releases/checksums.ts';
import { releaseFiles } from '../src/lib/frozen/freeze.ts';
import { frozenDir, readDocumentReleases, RELEASES_DIR } from '../src/lib/content/releases.ts';
import type { Edition } from '../src/lib/records/index.ts';
import { bookFiles } from './lib/book-files.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: process.env.RECORDS_DIR ?? 'content/records' },
    releases: { type: 'string', default: process.env.RELEASES_DIR ?? RELEASES_DIR },
    books: { type: 'string' },
  },
});

const today = (): string => new Date().toISOString().slice(0, 10);

/** Add the printed and e-book editions to frozen release n, which must not have them yet. */
async function addBooks(edition: Edition, dir: string, n: number): Promise<void> {
  const slug = edition.document.slug;
  const at = frozenDir(dir, slug, n);
  const json = join(at, `${slug}.json`);
  if (!existsSync(json))
    throw new Error(`${at}/ holds no ${slug}.json: release ${n} of ${slug} is not frozen (freeze it with \`npm run release\`)`);
  const files = await bookFiles(readFileSync(json, 'utf8'), edition.annotations, today());
  const present = [...files.keys()].filter((name) => existsSync(join(at, name)));
  if (present.length > 0) throw new Error(`${at}/ already holds ${present.join(', ')}; a frozen file is never written again`);
  // The books join the files the release's SHA256SUMS lists, so the build publishes them and guards them too.
  const sumsPath = join(at, CHECKSUMS_FILE);
  if (!existsSync(sumsPath)) throw new Error(`${sumsPath}: missing, expected the checksums recorded when release ${n} was frozen`);
  const listed = parseChecksums(sumsPath, readFileSync(sumsPath, 'utf8'));
  for (const [name, bytes] of files) {
    const staging = join(at, `.${name}.staging-${process.pid}`);
    writeFileSync(staging, bytes);
    renameSync(staging, join(at, name));
    listed.set(name, sha256Hex(bytes));
  }
  const sums = formatSums(listed);
  writeFileSync(`${sumsPath}.staging-${process.pid}`, sums);
  renameSync(`${sumsPath}.staging-${process.pid}`, sumsPath);
  console.log(`release: added ${[...files.keys()].join(', ')} to ${slug} release ${n} in ${at}/`);
}

try {
  if (values.books !== undefined) {
    const n = Number(values.books);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--books takes a release number (1, 2, …), found "${values.books}"`);
    for (const edition of readRecords(values.records)) {
      if (readDocumentReleases(edition, values.releases)) await addBooks(edition, values.releases, n);
    }
  } else await freezeLatest();
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function freezeLatest(): Promise<void> {
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
    // The printed and e-book editions are made from the JSON just frozen, so they say what it says.
    const json = files.get(`${edition.document.slug}.json`);
    if (json === undefined) throw new Error(`freezing ${edition.document.slug} release ${latest.n} made no ${edition.document.slug}.json`);
    const books = await bookFiles(json, edition.annotations, today());
    for (const [name, bytes] of books) writeFileSync(join(staging, name), bytes);
    // The checksums of what was frozen: the build refuses a frozen file that differs, is missing or was added.
    writeFileSync(join(staging, CHECKSUMS_FILE), formatChecksums(new Map<string, string | Uint8Array>([...files, ...books])));
    renameSync(staging, dir);
    frozen += 1;
    console.log(`release: froze ${edition.document.slug} release ${latest.n} (${latest.date}) in ${dir}/`);
  }
  if (frozen === 0) console.log('release: nothing new to freeze');
}
