import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Run the project's build (the steps of `npm run build`) with this Node; throw with its output on failure.
 * Builds share the project's content/records/ and .astro/, so test files that build in parallel
 * workers take turns (see withBuildLock).
 */
export function buildSite(options: { outDir?: string; env?: Record<string, string> } = {}): void {
  const env = { ...buildEnvironment(), ...options.env };
  const steps: string[][] = [
    ['scripts/content.ts'],
    ['node_modules/astro/bin/astro.mjs', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])],
  ];
  const site = options.outDir ? ['--site', options.outDir] : [];
  steps.push(['scripts/search-index.ts', ...site], ['scripts/offline.ts', ...site]);
  withBuildLock(() => {
    for (const args of steps) {
      const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) throw new Error(`build step failed: node ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
    }
  });
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

const LOCK = '.astro/build.lock';
const WAIT_MS = 10 * 60_000;

/** Hold a lock directory (mkdir is atomic) while `run` builds; a lock left by a dead process is taken over. */
function withBuildLock<T>(run: () => T): T {
  mkdirSync('.astro', { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for another build to release ${LOCK}`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function holderIsGone(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    if (code === 'ENOENT') {
      // Created but its pid not written yet, or removed meanwhile: only stale if old.
      try {
        return Date.now() - statSync(LOCK).mtimeMs > 30_000;
      } catch {
        return false;
      }
    }
    return false;
  }
}
