/**
 * A second build of the site after one English sentence changed (m14.s2), for the tests that
 * play a deploy. Built once into its own folder, next to the shared dist/ and never over it,
 * and reused while dist/ is the build it was made beside.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBuildLock } from '../../scripts/lib/build-lock.ts';
import { buildSite } from './build.ts';

export const CHANGED_ID = 'm14.s2';
export const BEFORE = 'Advance the building of comprehensive pilot zones for cross-border e-commerce';
export const AFTER = 'Advance the construction of comprehensive pilot zones for cross-border e-commerce';
const TRANSLATION = 'content/translations/trade-2019.en.yaml';

/** The folder of the changed build, built if needed. `distDir` is the shared build it is compared with. */
export function siteAfterOneChange(distDir: string): string {
  const out = join('test-results', 'site-after-one-change');
  const stamp = createHash('sha256')
    .update(readFileSync(join(distDir, 'sw.js')))
    .update(AFTER)
    .digest('hex');
  // Its own lock (the build itself takes the shared build lock): the tests that play a deploy share one copy.
  return withBuildLock(() => {
    if (existsSync(join(out, '.stamp')) && readFileSync(join(out, '.stamp'), 'utf8') === stamp) return out;
    const work = mkdtempSync(join(tmpdir(), 'edition-change-'));
    try {
      cpSync('content/translations', join(work, 'translations'), { recursive: true });
      const file = join(work, 'translations', 'trade-2019.en.yaml');
      const text = readFileSync(file, 'utf8');
      if (!text.includes(BEFORE))
        throw new Error(`${TRANSLATION}: the sentence ${CHANGED_ID} no longer starts "${BEFORE}"; update this fixture`);
      writeFileSync(file, text.replace(BEFORE, AFTER));
      rmSync(out, { recursive: true, force: true });
      buildSite({ outDir: out, env: { RECORDS_DIR: join(work, 'records') }, contentArgs: ['--translations', join(work, 'translations')] });
      writeFileSync(join(out, '.stamp'), stamp);
      return out;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, '.astro/site-after-one-change.lock');
}
