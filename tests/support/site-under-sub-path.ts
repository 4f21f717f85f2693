/**
 * A build of the site under a sub-folder (`BASE_PATH=/edition/`), as GitHub Pages publishes a project site at
 * `https://{owner}.github.io/{repo}/`. Built once into its own folder beside the shared dist/ and reused while
 * dist/ is the build it was made beside, so the tests that need it (links, the GitHub Pages mode) share one build.
 */
import { buildSite, reusedBuild } from './build.ts';

export const SUB_PATH = '/edition/';

/** The folder of the sub-path build, built if needed. `distDir` is the shared build it goes with. */
export function siteUnderSubPath(distDir: string): string {
  return reusedBuild('site-under-sub-path', distDir, SUB_PATH, (out) => buildSite({ outDir: out, env: { BASE_PATH: SUB_PATH } }));
}
