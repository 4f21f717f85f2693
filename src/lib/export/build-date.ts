/**
 * The build's date, stated by every export next to the source's checksum.
 * It must be reproducible: two builds of the same commit produce the same
 * bytes, so the wall clock is never used. In order of preference:
 *
 *   1. SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/);
 *   2. the committer date of the last git commit;
 *   3. none: the export then says so (`date: null`) and its fixity rests on
 *      the source's SHA-256 alone, rather than on a date made up for it.
 */
import { execFileSync } from 'node:child_process';

export type BuildDateSource = 'SOURCE_DATE_EPOCH' | 'git' | 'none';

export type BuildDate =
  { readonly date: string; readonly from: Exclude<BuildDateSource, 'none'> } | { readonly date: null; readonly from: 'none' };

export interface BuildDateInputs {
  /** The environment's SOURCE_DATE_EPOCH, if set: whole seconds since 1970-01-01T00:00:00Z. */
  readonly sourceDateEpoch?: string | undefined;
  /** The last commit's committer date as `git log -1 --format=%cI` prints it, if there is one. */
  readonly lastCommitDate?: string | undefined;
}

/** Pure: decide the build date from what the environment offers. Dates are UTC, to the second. */
export function resolveBuildDate(inputs: BuildDateInputs): BuildDate {
  const epoch = inputs.sourceDateEpoch?.trim();
  if (epoch) {
    // The specification asks builds to fail, not guess, when the value is malformed.
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, found "${inputs.sourceDateEpoch}"`);
    return { date: utcSeconds(new Date(Number(epoch) * 1000), 'SOURCE_DATE_EPOCH'), from: 'SOURCE_DATE_EPOCH' };
  }
  const commit = inputs.lastCommitDate?.trim();
  if (commit) return { date: utcSeconds(new Date(commit), 'the last commit date'), from: 'git' };
  return { date: null, from: 'none' };
}

/** The calendar day of a build date (`2025-01-31`), for formats that only take a date. */
export function buildDay(build: BuildDate): string | null {
  return build.date?.slice(0, 10) ?? null;
}

function utcSeconds(date: Date, what: string): string {
  if (Number.isNaN(date.getTime())) throw new Error(`${what} is not a valid date`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The last commit's committer date, or undefined outside a git checkout. */
function lastCommitDate(cwd: string): string | undefined {
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%cI'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined; // not a checkout (e.g. an unpacked archive): fall through to "none"
  }
}

let cached: BuildDate | undefined;

/** Thin: read the environment and git once per build. */
export function readBuildDate(cwd = process.cwd()): BuildDate {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  cached ??= resolveBuildDate({ sourceDateEpoch: epoch, lastCommitDate: epoch?.trim() ? undefined : lastCommitDate(cwd) });
  return cached;
}
