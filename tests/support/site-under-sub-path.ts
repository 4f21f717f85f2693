/**
 * A build of the site under a sub-folder (`BASE_PATH=/edition/`), as GitHub Pages publishes a project site at
 * `https://{owner}.github.io/{repo}/`. Built once into its own folder beside the shared dist/ and reused while
 * dist/ is the build it was made beside, so the tests that need it (links, the GitHub Pages mode) share one build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBuildLock } from '../../scripts/lib/build-lock.ts';
import { buildSite } from './build.ts';

export const SUB_PATH = '/edition/';

/** The folder of the sub-path build, built if needed. `distDir` is the shared build it goes with. */
export function siteUnderSubPath(distDir: string): string {
  const out = join('test-results', 'site-under-sub-path');
  const stamp = createHash('sha256')
    .update(readFileSync(join(distDir, 'sw.js')))
    .update(SUB_PATH)
    .digest('hex');
  // Its own lock (the build itself takes the shared build lock): the tests that need it share one copy.
  return withBuildLock(() => {
    if (existsSync(join(out, '.stamp')) && readFileSync(join(out, '.stamp'), 'utf8') === stamp) return out;
    rmSync(out, { recursive: true, force: true });
    buildSite({ outDir: out, env: { BASE_PATH: SUB_PATH } });
    writeFileSync(join(out, '.stamp'), stamp);
    return out;
  }, '.astro/site-under-sub-path.lock');
}
