/**
 * Replacing a whole folder (dist/, content/records/) with a complete one written beside it. Node has no atomic
 * exchange of two folders, so the swap is two renames, `out → out.retired-<pid>` and `out.staging-<pid> → out`;
 * a process killed between them leaves no `out` for a moment. Every run that swaps first recovers what a killed
 * run left: the retired folder (the last complete one) goes back in place, and the staging and retired folders
 * of processes that no longer run are removed, so nothing is left behind for good.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Whether no process with this PID runs any more (a PID we may not signal is someone's live process). */
export function processIsGone(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The folders a swap of `out` writes: the new one being built and the old one on its way out. */
export function swapFolders(out: string, pid = process.pid): { staging: string; retired: string } {
  return { staging: `${out}.staging-${pid}`, retired: `${out}.retired-${pid}` };
}

/** Leftovers of earlier swaps of `out` by processes that are gone, oldest PID first. */
function leftovers(out: string): { path: string; kind: 'staging' | 'retired'; pid: number }[] {
  const parent = dirname(out);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|retired)-(\\d+)$`);
  return readdirSync(parent)
    .flatMap((name) => {
      const m = pattern.exec(name);
      if (!m) return [];
      const pid = Number(m[2]);
      return pid === process.pid || !processIsGone(pid) ? [] : [{ path: join(parent, name), kind: m[1] as 'staging' | 'retired', pid }];
    })
    .sort((a, b) => a.pid - b.pid);
}

/**
 * Undo what a killed swap of `out` left: if `out` is missing, put back the folder a killed swap retired (it was
 * complete); then remove every staging and retired folder of a process that is gone. Returns what it did.
 */
export function recoverSwap(out: string): string[] {
  const done: string[] = [];
  const found = leftovers(out);
  const retired = found.filter((f) => f.kind === 'retired').at(-1);
  if (!existsSync(out) && retired) {
    renameSync(retired.path, out);
    done.push(`restored ${out} from ${retired.path}, left by a process that was killed while replacing it`);
  }
  for (const f of found) {
    if (f === retired && !existsSync(f.path)) continue;
    rmSync(f.path, { recursive: true, force: true });
    done.push(`removed ${f.path}, left by process ${f.pid}, which is gone`);
  }
  return done;
}

/** Replace `out` with the complete folder `staging` (two renames; see recoverSwap for a crash between them). */
export function swapIn(staging: string, out: string): void {
  const { retired } = swapFolders(out);
  if (existsSync(out)) renameSync(out, retired);
  renameSync(staging, out);
  rmSync(retired, { recursive: true, force: true });
}
