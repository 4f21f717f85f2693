import { STEPS } from '../../scripts/build.ts';
import { buildInto } from '../../scripts/lib/build-steps.ts';

/**
 * Run the project's build exactly as `npm run build` does (scripts/build.ts: every step into a staging folder,
 * swapped in when all succeeded, under the shared build lock) with this Node; throw with its output on failure.
 */
export function buildSite(options: { outDir?: string; env?: Record<string, string> } = {}): void {
  buildInto(options.outDir ?? 'dist', STEPS, { env: { ...buildEnvironment(), ...options.env }, quiet: true });
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
