import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { processIsGone } from './swap.ts';

const WAIT_MS = 10 * 60_000;

/**
 * Hold a lock directory (mkdir is atomic) while `run` builds, so two builds never interleave; a lock left by a
 * dead process is taken over. Builds share content/records/ and .astro/, so every build takes the same lock.
 */
export function withBuildLock<T>(run: () => T, lock = '.astro/build.lock'): T {
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for another build to release ${lock}`, { cause: error });
      else {
        if (!announced) console.log(`build: waiting for another build to finish (${lock})`);
        announced = true;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      }
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function holderIsGone(lock: string): boolean {
  try {
    const pid = readFileSync(join(lock, 'pid'), 'utf8').trim();
    if (pid !== '') return processIsGone(Number(pid));
    throw Object.assign(new Error('pid not written yet'), { code: 'ENOENT' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // Created but its pid not written yet, or removed meanwhile: only stale if old.
      try {
        return Date.now() - statSync(lock).mtimeMs > 30_000;
      } catch {
        return false;
      }
    }
    return false;
  }
}
