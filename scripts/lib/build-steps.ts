import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { withBuildLock } from './build-lock.ts';
import { recoverSwap, swapFolders, swapIn } from './swap.ts';

/** One step of the build: a Node script and its arguments, given the folder the site is being built into. */
export interface BuildStep {
  readonly name: string;
  readonly args: (staging: string) => string[];
}

export class BuildStepError extends Error {
  readonly step: string;
  constructor(step: string, cause: string) {
    super(`build failed at step "${step}": ${cause}\nThe previous site was left as it was.`);
    this.name = 'BuildStepError';
    this.step = step;
  }
}

/** The last lines a failed step printed: its cause, without the whole log. */
function tail(text: string, lines = 25): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Build into a staging folder beside `out`, running every step in order under the build lock, and replace `out`
 * with it only when every step succeeded: all or nothing. On failure `out` is untouched, the staging folder is
 * removed, and the error names the step and what it printed.
 */
export function buildInto(
  out: string,
  steps: readonly BuildStep[],
  options: { env?: NodeJS.ProcessEnv; lock?: string; quiet?: boolean } = {},
): void {
  withBuildLock(() => {
    // First undo what a killed build left (a missing out/, staging folders), so nothing stays behind for good.
    for (const note of recoverSwap(out)) console.log(`build: ${note}`);
    const { staging, retired } = swapFolders(out);
    rmSync(staging, { recursive: true, force: true });
    try {
      for (const step of steps) {
        const run = spawnSync(process.execPath, step.args(staging), {
          env: options.env ?? process.env,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        if (!options.quiet) process.stdout.write(run.stdout ?? '');
        if (run.error) throw new BuildStepError(step.name, run.error.message);
        if (run.status !== 0) {
          const said = tail(run.stderr ?? '') || tail(run.stdout ?? '') || `exited with ${String(run.status ?? run.signal)}`;
          throw new BuildStepError(step.name, said);
        }
        if (!options.quiet) process.stderr.write(run.stderr ?? '');
      }
      if (!existsSync(staging)) throw new BuildStepError(steps.at(-1)?.name ?? 'build', `nothing was written to ${staging}`);
      // Two renames: between them a server sees no site for an instant, never a half-written one; a crash
      // between them is undone by the next build's recoverSwap.
      swapIn(staging, out);
    } finally {
      rmSync(staging, { recursive: true, force: true });
      rmSync(retired, { recursive: true, force: true });
    }
  }, options.lock);
}
