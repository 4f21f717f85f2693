/**
 * What freezing a release writes: the exports of the current content (JSON,
 * CSV and each Akoma Ntoso expression) as this build publishes them, with
 * their URLs under FROZEN_ORIGIN (archive.ts). Pure.
 */
import { archivedIn, dataFiles } from '../export/files.ts';
import type { ExportContext, ReleaseStamp } from '../export/context.ts';
import type { Edition } from '../records/index.ts';
import { FROZEN_SITE } from './archive.ts';

/**
 * File name → body of every export a release keeps: the JSON Schema is versioned on its own, so it is not frozen,
 * and a file is kept only from the release it came with (files.ts, `since`).
 */
export function releaseFiles(edition: Edition, build: ExportContext['build'], release: ReleaseStamp): Map<string, string> {
  const ctx: ExportContext = { ...FROZEN_SITE, build, release: () => release };
  return new Map(
    dataFiles(edition, ctx)
      .filter((f) => archivedIn(f, release.n))
      .map((f) => [f.path.split('/').at(-1) ?? f.path, f.body()]),
  );
}
