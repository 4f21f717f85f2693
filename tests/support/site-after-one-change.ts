/**
 * A second build of the site after one English sentence changed (m14.s2), for the tests that
 * play a deploy. Built once into its own folder, next to the shared dist/ and never over it,
 * and reused while dist/ is the build it was made beside.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { recordingProxy, type RecordingProxy } from '../tooling/recording-proxy.ts';
import { buildSite, reusedBuild } from './build.ts';

export const CHANGED_ID = 'm14.s2';
export const BEFORE = 'Advance the building of comprehensive pilot zones for cross-border e-commerce';
export const AFTER = 'Advance the construction of comprehensive pilot zones for cross-border e-commerce';
const TRANSLATION = 'content/translations/trade-2019.en.yaml';

/** The folder of the changed build, built if needed. `distDir` is the shared build it is compared with. */
export function siteAfterOneChange(distDir: string): string {
  return reusedBuild('site-after-one-change', distDir, AFTER, (out) => {
    const work = mkdtempSync(join(tmpdir(), 'edition-change-'));
    try {
      cpSync('content/translations', join(work, 'translations'), { recursive: true });
      const file = join(work, 'translations', 'trade-2019.en.yaml');
      const text = readFileSync(file, 'utf8');
      if (!text.includes(BEFORE))
        throw new Error(`${TRANSLATION}: the sentence ${CHANGED_ID} no longer starts "${BEFORE}"; update this fixture`);
      writeFileSync(file, text.replace(BEFORE, AFTER));
      // The change is an edit within the current release, before it is frozen, as an editor makes one: in a scratch
      // copy of the releases the latest release is not frozen yet, so every page keeps its release stamp and only
      // what the sentence touches changes. (Its books exist only once frozen, so the manifest is not checked here.)
      const releases = join(work, 'releases');
      cpSync('content/releases', releases, { recursive: true });
      const latest = Math.max(
        ...[...readFileSync(join(releases, 'trade-2019.yaml'), 'utf8').matchAll(/^ {2}- n: (\d+)$/gm)].map((m) => Number(m[1])),
      );
      rmSync(join(releases, 'trade-2019', String(latest)), { recursive: true, force: true });
      buildSite({
        outDir: out,
        env: { RECORDS_DIR: join(work, 'records'), RELEASES_DIR: releases, URL_MANIFEST: 'none' },
        contentArgs: ['--translations', join(work, 'translations')],
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** The two builds a test of a deploy plays between, served for the tests of one file. */
export interface Deploy {
  /** The folder of the build after the change. */
  readonly changedDir: string;
  /** That build, served on its own. */
  readonly changed: StaticServer;
  /** What the tab talks to: the shared build until the test switches it to the changed one. */
  readonly proxy: RecordingProxy;
}

/** Serve both builds before a file's tests and close them after; the tests read them through the function returned. */
export function useDeploy(): () => Deploy {
  let deploy: Deploy | undefined;
  beforeAll(async () => {
    const changedDir = siteAfterOneChange(inject('distDir'));
    deploy = { changedDir, changed: await serveStatic(changedDir), proxy: await recordingProxy(inject('siteUrl')) };
  }, 600_000);
  afterAll(async () => {
    await deploy?.proxy.close();
    await deploy?.changed.close();
  });
  return () => {
    if (!deploy) throw new Error('the deploy is served only inside the tests of the file that asked for it');
    return deploy;
  };
}
