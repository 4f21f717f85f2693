/**
 * A frozen release folder is published for good at /data/releases/{n}/. Its SHA256SUMS, written when it was
 * frozen, says exactly which files it holds and what each is: a file removed, changed or dropped in later is
 * refused, naming it, before anything is built; so is the release list removed from beside its frozen folders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChecksums, parseChecksums } from '../../src/lib/releases/checksums.ts';
import { isBookFile, readDocumentReleases, RELEASES_DIR } from '../../src/lib/content/releases.ts';
import { readRecords } from '../../src/lib/records/read.ts';

const [edition] = readRecords();
if (!edition) throw new Error('no records: run npm run content');
const FROZEN = 'trade-2019/1';

/** A copy of content/releases/ with one thing broken. */
function releases(breakIt: (dir: string) => void = () => undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'releases-'));
  cpSync(RELEASES_DIR, dir, { recursive: true });
  breakIt(dir);
  return dir;
}
const read = (dir: string) => () => readDocumentReleases(edition, dir);

it('the frozen release as committed matches its checksums', () => {
  // Release 1 froze four exports (its books came later).
  expect(
    readDocumentReleases(edition, releases())
      ?.listed.get(1)
      ?.filter((f) => !isBookFile(f.name)),
  ).toHaveLength(4);
});

describe('a frozen release folder that differs from what was frozen is refused, naming the file', () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    [
      'a stray page dropped in',
      (d) => writeFileSync(join(d, FROZEN, 'evil.html'), '<script>alert(1)</script>\n'),
      /trade-2019\/1\/evil\.html: unexpected file in a frozen release: expected only the files SHA256SUMS lists/,
    ],
    [
      'a frozen file deleted',
      (d) => rmSync(join(d, FROZEN, 'trade-2019.csv')),
      /trade-2019\/1\/trade-2019\.csv: missing, but SHA256SUMS lists it; a frozen file is published for good/,
    ],
    [
      'a frozen file edited (the XML made ill-formed)',
      (d) =>
        writeFileSync(
          join(d, FROZEN, 'trade-2019.akn.xml'),
          readFileSync(join(d, FROZEN, 'trade-2019.akn.xml'), 'utf8').replace('</akomaNtoso>', ''),
        ),
      /trade-2019\/1\/trade-2019\.akn\.xml: SHA-256 is [0-9a-f]{64}, but it was frozen as [0-9a-f]{64}; a frozen file never changes/,
    ],
    [
      'a frozen file replaced by a link',
      (d) => {
        rmSync(join(d, FROZEN, 'trade-2019.csv'));
        symlinkSync('/etc/hostname', join(d, FROZEN, 'trade-2019.csv'));
      },
      /trade-2019\/1\/trade-2019\.csv: unexpected entry in a frozen release: expected only files/,
    ],
    ['the checksums removed', (d) => rmSync(join(d, FROZEN, 'SHA256SUMS')), /trade-2019\/1\/SHA256SUMS: missing, expected the checksums/],
    [
      'a page listed in the checksums',
      (d) =>
        writeFileSync(
          join(d, FROZEN, 'SHA256SUMS'),
          `${readFileSync(join(d, FROZEN, 'SHA256SUMS'), 'utf8')}${'0'.repeat(64)}  evil.html\n`,
        ),
      /SHA256SUMS:\d+:67 expected a data file .*, found 'evil\.html'/,
    ],
    [
      'the list of releases removed from beside its frozen folders',
      (d) => rmSync(join(d, 'trade-2019.yaml')),
      /trade-2019\.yaml: missing, but .*trade-2019\/ holds frozen releases of trade-2019/,
    ],
  ])('%s', (_case, breakIt, message) => {
    expect(read(releases(breakIt))).toThrow(message);
  });
});

it('the checksums round-trip', () => {
  const files = new Map([
    ['doc-1.json', '{}\n'],
    ['doc-1.en.akn.xml', '<a/>\n'],
    ['doc-1.words.json', '[]\n'],
  ]);
  expect([...parseChecksums('S', formatChecksums(files)).keys()]).toEqual(['doc-1.en.akn.xml', 'doc-1.json', 'doc-1.words.json']);
});
