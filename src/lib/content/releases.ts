/**
 * The releases of each document, read by `npm run content` (and `npm run release`) from content/releases/
 * (RELEASES_DIR in the environment points elsewhere, for tests): the releases file, the frozen exports of
 * earlier releases, and each release's text, the latest being the current records. What pages need of them
 * goes into the records (`releasesRecord`); nothing here runs while a page renders.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Edition } from '../records/index.ts';
import {
  changesBetween,
  entriesOfEdition,
  entriesOfExport,
  entryChanges,
  textsOfEdition,
  textsOfExport,
  wordingsOf,
  type EntryTexts,
  type ReleaseTexts,
} from '../releases/history.ts';
import { CHECKSUMS_FILE, frozenFileErrors, parseChecksums, sha256Hex } from '../releases/checksums.ts';
import { parseReleases } from '../releases/read.ts';
import { parseJson } from '../checked/read-checked.ts';
import type { FrozenFile, Release, ReleasesRecord } from '../records/releases.ts';
import { allSentences } from '../records/walk.ts';

export const RELEASES_DIR = 'content/releases';

export interface DocumentReleases {
  readonly slug: string;
  /** The releases file, e.g. content/releases/trade-2019.yaml. */
  readonly file: string;
  /** Every release, oldest first; the last describes the current content. */
  readonly releases: readonly Release[];
  readonly latest: Release;
  /** What each release says for each unit, oldest first. */
  readonly texts: readonly { n: number; texts: ReleaseTexts }[];
  /** Every file of each frozen release with its size and its SHA-256 as SHA256SUMS records it. */
  readonly listed: ReadonlyMap<number, readonly FrozenFile[]>;
}

/** The folder a release's exports are frozen in. */
export function frozenDir(dir: string, slug: string, n: number): string {
  return join(dir, slug, String(n));
}

/** The printed and e-book editions a frozen release keeps beside its exports: binary, so never read as text. */
export function isBookFile(name: string): boolean {
  return name.endsWith('.pdf') || name.endsWith('.epub');
}

/**
 * A frozen release's files, every one checked against the SHA256SUMS recorded when it was frozen (nothing missing,
 * changed or added since): the list of them, and its JSON export's text (`name`) if it has one.
 */
function readFrozen(dir: string, name: string): { json: string | undefined; listed: FrozenFile[] } | undefined {
  if (!existsSync(dir)) return undefined;
  const sums = join(dir, CHECKSUMS_FILE);
  if (!existsSync(sums))
    throw new Error(`${sums}: missing, expected the checksums recorded when the release was frozen (\`npm run release\` writes them)`);
  const listed = parseChecksums(sums, readFileSync(sums, 'utf8'));
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir).sort()) {
    if (entry === CHECKSUMS_FILE) continue;
    // lstat: a link or folder is not a frozen file, whatever it points to.
    if (!lstatSync(join(dir, entry)).isFile()) throw new Error(`${dir}/${entry}: unexpected entry in a frozen release: expected only files`);
    files.set(entry, readFileSync(join(dir, entry)));
  }
  const errors = frozenFileErrors(dir, listed, files);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const json = files.get(name);
  return {
    json: json && new TextDecoder('utf-8', { fatal: true }).decode(json),
    // Each file's sum was just checked against the list, so the list's sums are the files'.
    listed: [...files].map(([file, bytes]) => ({ name: file, bytes: bytes.byteLength, sha256: listed.get(file) ?? '' })),
  };
}

/** Read and check one document's releases; `undefined` when it has no releases file. */
export function readDocumentReleases(edition: Edition, dir = process.env.RELEASES_DIR ?? RELEASES_DIR): DocumentReleases | undefined {
  const slug = edition.document.slug;
  const file = join(dir, `${slug}.yaml`);
  if (!existsSync(file)) {
    // Frozen releases without their list would vanish from the site, URLs and all.
    if (existsSync(join(dir, slug)))
      throw new Error(`${file}: missing, but ${join(dir, slug)}/ holds frozen releases of ${slug}; expected the list of its releases`);
    return undefined;
  }
  const releases = parseReleases(file, readFileSync(file, 'utf8'), (name) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`${file}: names the notes file ${name}, which does not exist in ${dir}`);
    return { path, text: readFileSync(path, 'utf8') };
  });
  const latest = releases.at(-1);
  if (!latest) throw new Error(`${file}: lists no release`);
  const texts: { n: number; texts: ReleaseTexts }[] = [];
  const listed = new Map<number, FrozenFile[]>();
  /** The termbase entries and themes of the last frozen release, where its export carries them. */
  let frozenEntries: EntryTexts | undefined;
  for (const release of releases) {
    const at = frozenDir(dir, slug, release.n);
    const read = readFrozen(at, `${slug}.json`);
    if (read) listed.set(release.n, read.listed);
    const json = read?.json;
    if (read && json === undefined) throw new Error(`${at}: holds no ${slug}.json, expected the frozen exports of release ${release.n}`);
    if (json !== undefined) {
      const exported = parseJson(join(at, `${slug}.json`), json);
      texts.push({ n: release.n, texts: textsOfExport(exported) });
      frozenEntries = entriesOfExport(exported);
    } else if (release !== latest) {
      throw new Error(
        `${file}: release ${release.n} is not the latest, so its exports must be frozen in ${at}/ (run \`npm run release\` before adding release ${release.n + 1})`,
      );
    }
  }
  const current = textsOfEdition(edition);
  const frozenLatest = texts.at(-1);
  if (frozenLatest?.n === latest.n) {
    // The latest release is frozen: the content must still say what it said, or a new release must be listed.
    const changed = [
      ...changesBetween(frozenLatest.texts, current).map((c) => c.id),
      ...(frozenEntries ? entryChanges(frozenEntries, entriesOfEdition(edition)) : []),
    ];
    if (changed.length > 0) {
      throw new Error(
        `${file}: the content differs from release ${latest.n} as frozen in ${frozenDir(dir, slug, latest.n)}/ in ${changed.length} unit(s) or entries ` +
          `(${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}); expected a release ${latest.n + 1} entry describing the change`,
      );
    }
  } else {
    texts.push({ n: latest.n, texts: current });
  }
  return { slug, file, releases, latest, texts, listed };
}

/** What the records carry of a document's releases: the list, each frozen release's files, each release's changes and each unit's wordings. */
export function releasesRecord(edition: Edition, r: DocumentReleases): ReleasesRecord {
  const changes = r.releases.map((release) => {
    const before = r.texts.find((t) => t.n === release.n - 1);
    const after = r.texts.find((t) => t.n === release.n);
    return { n: release.n, units: before && after ? changesBetween(before.texts, after.texts) : [] };
  });
  return {
    file: r.file,
    releases: [...r.releases],
    frozen: [...r.listed].map(([n, files]) => ({ n, files: [...files] })),
    changes,
    wordings: Object.fromEntries(allSentences(edition).map((s) => [s.id, wordingsOf(r.texts, s.id)])),
  };
}

/** The body of one file of a frozen release, checked against the size and SHA-256 the records give for it. */
export function readFrozenFile(record: ReleasesRecord, slug: string, n: number, file: FrozenFile): Uint8Array {
  const path = join(frozenDir(dirname(record.file), slug, n), file.name);
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.byteLength !== file.bytes || sha256Hex(bytes) !== file.sha256)
    throw new Error(`${path}: changed since \`npm run content\` checked it against SHA256SUMS; run \`npm run content\` again`);
  return bytes;
}
