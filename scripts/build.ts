/**
 * npm run build — content, the Astro site, the search index and the offline files, built into a staging folder
 * and checked (publish check), that replaces dist/ only when every step has succeeded. On failure dist/ is left as it was and the message
 * names the step. Builds take turns (a lock), so two never interleave.
 *
 *   node scripts/build.ts [--out DIR]
 */
import { parseArgs } from 'node:util';
import { buildInto, type BuildStep } from './lib/build-steps.ts';

/** The steps, in order; each writes into the staging folder it is given. */
export const STEPS: readonly BuildStep[] = [
  { name: 'content', args: () => ['scripts/content.ts'] },
  { name: 'astro', args: (staging) => ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging] },
  { name: 'search index', args: (staging) => ['scripts/search-index.ts', '--site', staging] },
  { name: 'offline', args: (staging) => ['scripts/offline.ts', '--site', staging] },
  // Last: what a deploy must never publish (a lost URL, an ill-formed export) stops the build here.
  { name: 'publish check', args: (staging) => ['scripts/publish-check.ts', '--site', staging] },
];

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
  try {
    buildInto(values.out, STEPS);
    console.log(`build: every step succeeded → ${values.out}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
