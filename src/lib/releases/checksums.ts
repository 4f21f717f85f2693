/**
 * The checksums of a frozen release, recorded when it is frozen: content/releases/{doc}/{n}/SHA256SUMS, one
 * `<sha-256>  <file name>` line per file (the format `sha256sum -c` reads). A frozen folder publishes exactly the
 * files listed there, each byte for byte as frozen: a file edited, removed or dropped in later is refused, so a
 * published URL can neither change nor vanish, and nothing unreviewed is published from a release folder. Pure.
 */
import { createHash } from 'node:crypto';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/**
 * The file names a frozen release may hold: data files (JSON, JSON-LD, CSV, XML) such as `{doc}.json`, `{doc}.csv`,
 * `{doc}.en.akn.xml`, and the printed and e-book editions (PDF, EPUB); never a page, a script or an image, which
 * would run or show under the site's origin.
 */
export const FROZEN_NAME = /^[a-z0-9][a-z0-9.-]*\.(?:json|jsonld|csv|xml|pdf|epub)$/;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SHA256SUMS text for checksums already taken (file name → hex), sorted by name. */
export function formatSums(sums: ReadonlyMap<string, string>): string {
  return [...sums.keys()]
    .sort()
    .map((name) => `${sums.get(name) ?? ''}  ${name}\n`)
    .join('');
}

/** The SHA256SUMS text for a frozen release's files, sorted by name. */
export function formatChecksums(files: ReadonlyMap<string, Uint8Array | string>): string {
  return formatSums(new Map([...files].map(([name, body]) => [name, sha256Hex(body)])));
}

/** Read SHA256SUMS: file name → checksum, with errors at path:line:col. */
export function parseChecksums(path: string, text: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line === '' && i === text.split('\n').length - 1) return;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw new Error(`${path}:${i + 1}:1 expected '<64 hex digits>  <file name>', found ${JSON.stringify(line)}`);
    const [, sum = '', name = ''] = m;
    if (!FROZEN_NAME.test(name))
      throw new Error(
        `${path}:${i + 1}:67 expected a data file or a book (a lower-case name ending .json, .jsonld, .csv, .xml, .pdf or .epub), found '${name}'`,
      );
    if (out.has(name)) throw new Error(`${path}:${i + 1}:67 '${name}' is listed twice`);
    out.set(name, sum);
  });
  if (out.size === 0) throw new Error(`${path}:1:1 expected a checksum line for each frozen file, found none`);
  return out;
}

/**
 * Every way the files of a frozen folder differ from its SHA256SUMS: a listed file missing or changed, a file not
 * listed. `files` holds every entry of the folder but SHA256SUMS itself.
 */
export function frozenFileErrors(dir: string, listed: ReadonlyMap<string, string>, files: ReadonlyMap<string, Uint8Array>): string[] {
  const errors: string[] = [];
  for (const [name, sum] of listed) {
    const bytes = files.get(name);
    if (!bytes)
      errors.push(
        `${dir}/${name}: missing, but ${CHECKSUMS_FILE} lists it; a frozen file is published for good (restore it from version control)`,
      );
    else if (sha256Hex(bytes) !== sum)
      errors.push(
        `${dir}/${name}: SHA-256 is ${sha256Hex(bytes)}, but it was frozen as ${sum}; a frozen file never changes (restore it from version control)`,
      );
  }
  for (const name of files.keys())
    if (!listed.has(name))
      errors.push(`${dir}/${name}: unexpected file in a frozen release: expected only the files ${CHECKSUMS_FILE} lists`);
  return errors;
}
