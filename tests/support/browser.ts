import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/browser/launch.ts';

let shared: Promise<Browser> | undefined;

/** One Chromium per test file (vitest isolates files), launched on first use. */
export function browser(): Promise<Browser> {
  shared ??= launchChromium();
  return shared;
}

export async function closeBrowser(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}
