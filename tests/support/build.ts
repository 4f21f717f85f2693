import { spawnSync } from 'node:child_process';

/** Run the project's build (what `npm run build` runs) with this Node; throw with its output on failure. */
export function buildSite(options: { outDir?: string; env?: Record<string, string> } = {}): void {
  const env = { ...process.env, ...options.env };
  const steps: string[][] = [
    ['scripts/content.ts'],
    ['node_modules/astro/bin/astro.mjs', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])],
  ];
  if (hasSearchStep()) steps.push(['scripts/search-index.ts', ...(options.outDir ? ['--site', options.outDir] : [])]);
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`build step failed: node ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
  }
}

function hasSearchStep(): boolean {
  try {
    return spawnSync(process.execPath, ['-e', "require('node:fs').accessSync('scripts/search-index.ts')"]).status === 0;
  } catch {
    return false;
  }
}
