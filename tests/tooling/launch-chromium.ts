import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a closed network: without them Chromium keeps trying to reach its own services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium to drive: $CHROME_PATH, else a system Chromium, else the one
 * shipped inside the @sparticuz/chromium npm package (no download needed).
 * CHROME_PATH=bundled skips the system one, to test a machine without it.
 */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv === 'bundled') return bundledChromium();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  return bundledChromium();
}

/** The Chromium inside @sparticuz/chromium, unpacked on first use (it also points the loader at its libraries). */
async function bundledChromium(): Promise<string> {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumPath();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
