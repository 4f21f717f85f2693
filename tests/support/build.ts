import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEPS } from '../../scripts/build.ts';
import { withBuildLock } from '../../scripts/lib/build-lock.ts';
import { buildInto, type BuildStep } from '../../scripts/lib/build-steps.ts';
import { TEST_ORIGIN } from './origin.ts';

/**
 * Run the project's build exactly as `npm run build` does (scripts/build.ts: every step into a staging folder,
 * swapped in when all succeeded, under the shared build lock) with this Node; throw with its output on failure.
 */
export function buildSite(options: { outDir?: string; env?: Record<string, string>; contentArgs?: readonly string[] } = {}): void {
  // SITE as a deploy would set it; a test that wants a preview build passes SITE: ''.
  const env = { ...buildEnvironment(), SITE: TEST_ORIGIN, ...options.env };
  const extra = options.contentArgs ?? [];
  const steps: readonly BuildStep[] = STEPS.map((step) =>
    step.name === 'content' && extra.length > 0 ? { ...step, args: (staging: string) => [...step.args(staging), ...extra] } : step,
  );
  buildInto(options.outDir ?? 'dist', steps, { env, quiet: true });
}

/**
 * The environment `npm run build` would see. Vitest adds its own variables to
 * the test processes (NODE_ENV=test, BASE_URL=/, MODE, DEV, PROD, SSR, …) and
 * Astro reads several of them as build settings: BASE_URL=/ silently undid
 * BASE_PATH. Drop them so a test builds exactly what a user builds.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'VITEST' || key.startsWith('VITEST_') || ['TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)) delete env[key];
  }
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

/**
 * A second build the tests share: built once into `test-results/{name}` beside the shared `distDir`, and reused
 * while `distDir` is the build it was made beside and `key` (what makes it differ) is the same. Its own lock (the
 * build itself takes the shared build lock), so the tests that need it wait for one copy.
 */
export function reusedBuild(name: string, distDir: string, key: string, make: (out: string) => void): string {
  const out = join('test-results', name);
  const stamp = createHash('sha256')
    .update(readFileSync(join(distDir, 'sw.js')))
    .update(key)
    .digest('hex');
  return withBuildLock(() => {
    if (existsSync(join(out, '.stamp')) && readFileSync(join(out, '.stamp'), 'utf8') === stamp) return out;
    rmSync(out, { recursive: true, force: true });
    make(out);
    writeFileSync(join(out, '.stamp'), stamp);
    return out;
  }, `.astro/${name}.lock`);
}
