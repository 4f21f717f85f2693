/**
 * The real release script on a scratch copy of content/releases: freezing
 * the latest release writes its PDF and EPUB beside its exports; `--books n`
 * gives a release frozen without them its two files, adds their checksums to
 * its SHA256SUMS, leaves every other frozen file byte for byte as it was, and
 * refuses to write them again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readRecords } from '../../src/lib/records/read.ts';
import { readDocumentReleases, RELEASES_DIR } from '../../src/lib/content/releases.ts';

const scratch = mkdtempSync(join(tmpdir(), 'release-books-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function release(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/release.ts', '--releases', dir, ...args], { encoding: 'utf8' });
}

const isPdf = (path: string): boolean => readFileSync(path).subarray(0, 5).toString('latin1') === '%PDF-';
const isEpub = (path: string): boolean => readFileSync(path).subarray(30, 58).toString('latin1') === 'mimetypeapplication/epub+zip';

it('freezes the latest release with its PDF and EPUB', () => {
  const [edition] = readRecords();
  if (!edition) throw new Error('no records: run npm run content');
  const dir = join(scratch, 'freeze');
  cpSync(RELEASES_DIR, dir, { recursive: true });
  const latest = readDocumentReleases(edition, dir)?.latest.n;
  if (latest === undefined) throw new Error(`${dir} lists no release`);
  const at = join(dir, edition.document.slug, String(latest));
  // The latest release may already be frozen here; freeze it afresh in the scratch copy.
  rmSync(at, { recursive: true, force: true });
  const run = release(dir);
  expect(run.status, run.stderr).toBe(0);
  expect(isPdf(join(at, `${edition.document.slug}.pdf`))).toBe(true);
  expect(isEpub(join(at, `${edition.document.slug}.epub`))).toBe(true);
}, 240_000);

it('adds the books to a release frozen without them, touching nothing else, and only once', () => {
  const [edition] = readRecords();
  if (!edition) throw new Error('no records: run npm run content');
  const slug = edition.document.slug;
  const dir = join(scratch, 'books');
  cpSync(RELEASES_DIR, dir, { recursive: true });
  const at = join(dir, slug, '1');
  rmSync(join(at, `${slug}.pdf`), { force: true });
  rmSync(join(at, `${slug}.epub`), { force: true });
  // As frozen before the books existed: their checksums are not listed either.
  const sums = join(at, 'SHA256SUMS');
  const listed = readFileSync(sums, 'utf8');
  writeFileSync(
    sums,
    listed
      .split('\n')
      .filter((line) => !/\.(?:pdf|epub)$/.test(line))
      .join('\n'),
  );
  const before = new Map(
    readdirSync(at)
      .filter((name) => name !== 'SHA256SUMS')
      .map((name) => [name, readFileSync(join(at, name))]),
  );

  const run = release(dir, '--books', '1');
  expect(run.status, run.stderr).toBe(0);
  expect(isPdf(join(at, `${slug}.pdf`))).toBe(true);
  expect(isEpub(join(at, `${slug}.epub`))).toBe(true);
  expect(readdirSync(at).sort()).toEqual([...before.keys(), 'SHA256SUMS', `${slug}.epub`, `${slug}.pdf`].sort());
  for (const [name, bytes] of before) expect(readFileSync(join(at, name)).equals(bytes), name).toBe(true);
  // The books' checksums join the others, so the build publishes and guards them.
  const after = readFileSync(sums, 'utf8');
  expect(after).toMatch(new RegExp(`^[0-9a-f]{64}  ${slug}\\.pdf$`, 'm'));
  expect(after).toMatch(new RegExp(`^[0-9a-f]{64}  ${slug}\\.epub$`, 'm'));
  expect(() => readDocumentReleases(edition, dir)).not.toThrow();

  const again = release(dir, '--books', '1');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(`already holds ${slug}.pdf, ${slug}.epub; a frozen file is never written again`);
  expect(existsSync(join(dir, slug, '99'))).toBe(false);
  const missing = release(dir, '--books', '99');
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain(`holds no ${slug}.json: release 99 of ${slug} is not frozen`);
}, 240_000);
