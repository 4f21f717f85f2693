/** Steps the offline tests share: save a document through its control, read the group manifests of a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { GroupManifest } from '../../src/lib/offline/groups.ts';

/** Press the page's "save for offline reading" and wait until the document is saved. */
export async function saveForOffline(page: Page): Promise<void> {
  const control = page.locator('main .offline');
  await control.locator('.offline-save').click();
  await expect.poll(() => control.getAttribute('data-state'), { timeout: 150_000 }).toBe('saved');
}

/** Every offline entry of a build: URL (with base) → revision. */
export function offlineRevisions(site: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const name of readdirSync(join(site, 'offline'))) {
    const manifest = JSON.parse(readFileSync(join(site, 'offline', name), 'utf8')) as GroupManifest;
    for (const entry of manifest.entries) out.set(entry.url, entry.revision);
  }
  return out;
}

/** Ask the browser to check for a new worker now (as it does on a navigation) and wait until it has installed. */
export async function waitForNewVersion(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registered');
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) throw new Error('the browser found no new version of the worker');
    if (worker.state === 'installed') return;
    await new Promise<void>((resolve, reject) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') resolve();
        else if (worker.state !== 'installing') reject(new Error(`the new worker is ${worker.state}, not waiting`));
      });
    });
  });
}
