import { spawnSync } from 'node:child_process';

/** Run the project's build (the steps of `npm run build`) with this Node; throw with its output on failure. */
export function buildSite(options: { outDir?: string; env?: Record<string, string> } = {}): void {
  const env = { ...process.env, ...options.env };
  const steps: string[][] = [
    ['scripts/content.ts'],
    ['node_modules/astro/bin/astro.mjs', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])],
  ];
  const site = options.outDir ? ['--site', options.outDir] : [];
  steps.push(['scripts/search-index.ts', ...site], ['scripts/offline.ts', ...site]);
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`build step failed: node ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
  }
}
