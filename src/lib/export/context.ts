/**
 * What rendering an export needs besides the records. A leaf module: every
 * export imports it, and it imports none of them, so the exports and the
 * list of files (files.ts) cannot form a cycle.
 */
import type { Edition } from '../records/index.ts';
import type { ReleaseStamp } from '../releases/schema.ts';
import type { BuildDate } from './build-date.ts';

export type { ReleaseStamp };

/** Where the site lives, when it was built, and which release its content is. */
export interface ExportContext {
  readonly base: string;
  readonly site: string;
  readonly build: BuildDate;
  /** The release a document's current content belongs to, which every export states (absent: no releases file). */
  readonly release?: ((edition: Edition) => ReleaseStamp | undefined) | undefined;
}
