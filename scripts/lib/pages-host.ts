/**
 * The built site served by a host's own runtime: `wrangler pages dev`, Cloudflare's local Pages server, which runs
 * the same asset handling as Cloudflare Pages (in workerd, shipped inside the npm package) and so applies the
 * site's `_headers`, `_redirects`, `404.html` and the hosts' trailing-slash redirects exactly as a deploy does.
 * `npm start` and the browser tests use it, so what they check is what a deploy to Netlify or Cloudflare Pages
 * sends, not an imitation.
 *
 * It runs with no network: no usage metrics, no error reports, no update check (the banner and the compatibility
 * date warning are the two places that ask the registry for a newer version), and no fetch of the `Request.cf`
 * object. Its scratch files and settings go to a temporary folder, removed when it closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HostedSite {
  /** The site's root URL, with its trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The runtime's feature date. Pinned, so the behaviour cannot shift under the tests, and no later than the date
 * the installed workerd supports (a later one makes wrangler warn and look the registry up for a newer version).
 */
export const COMPATIBILITY_DATE = '2026-04-01';

/** The environment that keeps wrangler offline and quiet, beside the caller's. */
export function offlineEnvironment(scratch: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_LOG_PATH: join(scratch, 'logs'),
    WRANGLER_REGISTRY_PATH: join(scratch, 'registry'),
    MINIFLARE_CACHE_DIR: join(scratch, 'cache'),
    // Its global settings (a device ID it writes even with metrics off) stay in the scratch folder, not the home.
    XDG_CONFIG_HOME: join(scratch, 'config'),
    // Otherwise wrangler asks whether to send metrics when it runs in a terminal.
    CI: 'true',
  };
}

/** A port nobody listens on now, on `host`. */
function freePort(host: string): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Resolve once `url` answers at all, or fail when `child` exits first or `ms` pass. */
async function answering(url: string, child: ChildProcess, output: () => string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler pages dev exited (${child.exitCode ?? child.signalCode}) before serving:\n${output()}`);
    }
    try {
      await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
  throw new Error(`wrangler pages dev did not answer at ${url} within ${ms / 1000} s:\n${output()}`);
}

/**
 * Serve the built site in `root` with `wrangler pages dev` on loopback (or `host`) and resolve when it answers.
 * `quiet` keeps its per-request log out of the output (the tests); `npm start` shows it.
 */
export async function servePagesHost(
  root: string,
  options: { port?: number; host?: string; quiet?: boolean; startMs?: number } = {},
): Promise<HostedSite> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  // The inspector defaults to port 9229; a second server (the tests beside `npm start`) would collide on it.
  const inspector = await freePort('127.0.0.1');
  const scratch = mkdtempSync(join(tmpdir(), 'pages-host-'));
  const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
  const args = [
    wrangler,
    'pages',
    'dev',
    resolve(root),
    `--compatibility-date=${COMPATIBILITY_DATE}`,
    `--ip=${host}`,
    `--port=${port}`,
    `--inspector-port=${inspector}`,
    `--persist-to=${join(scratch, 'state')}`,
    '--show-interactive-dev-session=false',
    '--live-reload=false',
    `--log-level=${options.quiet ? 'warn' : 'info'}`,
  ];
  // Its own process group, so closing it ends workerd too and nothing else.
  const child = spawn(process.execPath, args, {
    cwd: scratch,
    env: offlineEnvironment(scratch),
    stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // If this process ends without closing it (a test run stopped midway), end the runtime with it.
  const orphaned = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('exit', orphaned);

  const close = async (): Promise<void> => {
    process.off('exit', orphaned);
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const killed = setTimeout(() => {
        if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }, 5000);
      await exited;
      clearTimeout(killed);
    }
    rmSync(scratch, { recursive: true, force: true });
  };

  const url = `http://${host}:${port}/`;
  try {
    await answering(url, child, () => output, options.startMs ?? 60_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}
