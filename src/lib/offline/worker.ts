/**
 * The offline service worker. scripts/offline.ts bundles this file into
 * `sw.js` and Workbox's injectManifest writes into `self.__WB_MANIFEST` the
 * list of offline-group manifests (`offline/{group}.json`) with their
 * revisions; each group manifest lists its files with per-file revisions.
 *
 * - Nothing is downloaded unless the reader saves a document: installing the
 *   worker fetches only what earlier saves need.
 * - Saved documents are Workbox precaches, one cache per group: a new build
 *   re-downloads only entries whose revision changed, into the same cache,
 *   and deletes the stale ones only when it activates.
 * - A new worker never skips waiting or claims clients: an open tab keeps
 *   the worker, and so the files, it started with until the reader reloads.
 * - Pages the reader opens are kept in a small runtime cache (newest first,
 *   bounded), so they stay readable offline without asking.
 * - Offline, a page neither saved nor kept gets the saved "not saved" page
 *   (with the contents and search), not the browser's error page.
 * - A failed save or update (a full disk, the network gone) is caught,
 *   recorded and shown once; it never fails the install, which the browser
 *   would otherwise retry on every page view.
 */
import { PrecacheController } from 'workbox-precaching';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { groupsFor, type GroupManifest } from './groups.ts';
import { groupCacheName, type OfflineReply, type OfflineRequest, type OfflineState, type SaveProblem } from './protocol.ts';

interface ManifestEntry {
  url: string;
  revision: string | null;
}

/** Just what this file uses of the service worker's global scope (the DOM library is the one in scope). */
interface WorkerScope {
  readonly __WB_MANIFEST: ManifestEntry[];
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  skipWaiting(): Promise<void>;
  readonly clients: { matchAll(options: { includeUncontrolled: boolean }): Promise<readonly WorkerClient[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}
interface WorkerClient {
  postMessage(message: unknown): void;
}
interface LifecycleEvent {
  readonly type: string;
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}

declare const self: WorkerScope;
/** Workbox types its events with the worker library's classes; this file's events are the same objects. */
type WorkboxEvent = Parameters<PrecacheController['install']>[0];

const MANIFESTS = self.__WB_MANIFEST;
const STATE_CACHE = 'offline-state';
const MANIFEST_CACHE = 'offline-manifests';
const stateUrl = new URL('__offline-state', self.registration.scope).href;
const pendingUrl = new URL('__offline-pending', self.registration.scope).href;

/** Pages and the hashed scripts and styles they use, kept as the reader opens them; bounded. */
const VISITED_PAGES = 'offline-visited-pages';
const VISITED_ASSETS = 'offline-visited-assets';
// (Workbox's plugin classes declare optional callbacks as `| undefined`, which strict optional types reject.)
const bounded = (maxEntries: number): WorkboxPlugin => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;
const pages = new NetworkFirst({ cacheName: VISITED_PAGES, plugins: [bounded(60)] });
const assets = new CacheFirst({ cacheName: VISITED_ASSETS, plugins: [bounded(30)] });

// ---- state shared by every version of the worker: which documents are saved, and what went wrong

async function readJson<T>(cache: string, url: string, fallback: T): Promise<T> {
  const hit = await (await self.caches.open(cache)).match(url);
  return hit ? ((await hit.json()) as T) : fallback;
}
async function writeJson(cache: string, url: string, value: unknown): Promise<void> {
  await (await self.caches.open(cache)).put(url, new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } }));
}
const readState = (): Promise<OfflineState> => readJson<OfflineState>(STATE_CACHE, stateUrl, { saved: [], problems: {} });
const writeState = (state: OfflineState): Promise<void> => writeJson(STATE_CACHE, stateUrl, state);

function savedGroups(state: OfflineState): string[] {
  return [...new Set(state.saved.flatMap((doc) => groupsFor(doc)))];
}

// ---- group manifests and their precache controllers

function manifestEntry(group: string): ManifestEntry {
  const entry = MANIFESTS.find((m) => m.url.endsWith(`/offline/${group}.json`));
  if (!entry) throw new Error(`this build has no offline group "${group}"`);
  return entry;
}
function manifestKey(entry: ManifestEntry): string {
  return new URL(`${entry.url}?__WB_REVISION__=${entry.revision ?? ''}`, self.location.href).href;
}

/** This version's manifest of `group`: from the cache, or (when installing or saving) from the network. */
async function groupManifest(group: string, network: boolean): Promise<GroupManifest | undefined> {
  const entry = manifestEntry(group);
  const cache = await self.caches.open(MANIFEST_CACHE);
  const key = manifestKey(entry);
  const hit = await cache.match(key);
  if (hit) return (await hit.json()) as GroupManifest;
  if (!network) return undefined;
  const response = await fetch(new URL(entry.url, self.location.href).href, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
  await cache.put(key, response.clone());
  return (await response.json()) as GroupManifest;
}

function controllerFor(manifest: GroupManifest, plugins: WorkboxPlugin[] = []): PrecacheController {
  const controller = new PrecacheController({ cacheName: groupCacheName(manifest.group), plugins });
  controller.addToCacheList(manifest.entries.map((e) => ({ url: e.url, revision: e.revision })));
  return controller;
}

/** Controllers for the groups saved when this version of the worker last looked; rebuilt when state changes. */
let lookup: Promise<PrecacheController[]> | undefined;
function savedControllers(): Promise<PrecacheController[]> {
  lookup ??= readState().then(async (state) => {
    const manifests = await Promise.all(savedGroups(state).map((g) => groupManifest(g, false)));
    return manifests.filter((m) => m !== undefined).map((m) => controllerFor(m));
  });
  return lookup;
}

/** Downloads at a time: Workbox's install fetches one entry after another, so a group is split in this many. */
const PARALLEL = 6;

/** Precache a group's changed and missing entries, reporting each stored file. */
async function precacheGroup(group: string, onStored: () => void, event: LifecycleEvent): Promise<void> {
  const manifest = await groupManifest(group, true);
  if (!manifest) throw new Error(`no manifest for offline group "${group}"`);
  // PrecacheController fetches only on an install event; a save runs on a message event, which the
  // message handler keeps alive with its own waitUntil.
  const installLike: LifecycleEvent = { type: 'install', waitUntil: () => undefined };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Workbox's event type comes from its own worker typings, which the lint program does not load.
  const as = (event.type === 'install' ? event : installLike) as unknown as WorkboxEvent;
  const slices = Array.from({ length: PARALLEL }, (_, i) => ({
    ...manifest,
    entries: manifest.entries.filter((_e, j) => j % PARALLEL === i),
  }));
  await Promise.all(
    slices.map((slice) =>
      controllerFor(slice, [
        {
          cacheDidUpdate: () => {
            onStored();
            return Promise.resolve();
          },
        },
      ]).install(as),
    ),
  );
}

/** How many of a group's entries this version still has to download. */
async function missing(group: string): Promise<number> {
  const manifest = await groupManifest(group, true);
  if (!manifest) return 0;
  const keys = controllerFor(manifest).getURLsToCacheKeys();
  // Never open a cache only to count it: opening creates it, which would undo a removal made meanwhile.
  const name = groupCacheName(group);
  if (!(await self.caches.has(name))) return keys.size;
  const cached = new Set((await (await self.caches.open(name)).keys()).map((r) => r.url));
  return [...keys.values()].filter((key) => !cached.has(key)).length;
}

function problemOf(error: unknown): SaveProblem {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota';
  return 'network';
}

// ---- lifecycle

self.addEventListener('install', (event) => {
  // Bring saved documents up to date: only entries whose revision changed are fetched. Never fail the
  // install: a failure is remembered and the document is dropped from offline when this version activates.
  event.waitUntil(
    (async () => {
      const failed: Record<string, SaveProblem> = {};
      for (const group of savedGroups(await readState())) {
        try {
          await precacheGroup(group, () => undefined, event);
        } catch (error) {
          failed[group] = problemOf(error);
        }
      }
      await writeJson(STATE_CACHE, pendingUrl, { version: MANIFESTS.map(manifestKey), failed });
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const state = await readState();
      const pending = await readJson<{ version: string[]; failed: Record<string, SaveProblem> }>(STATE_CACHE, pendingUrl, {
        version: [],
        failed: {},
      });
      const failed = pending.version.join() === MANIFESTS.map(manifestKey).join() ? pending.failed : {};
      for (const doc of state.saved) {
        const problem = groupsFor(doc)
          .map((g) => failed[g])
          .find((p) => p !== undefined);
        if (problem) state.problems[doc] = problem;
      }
      state.saved = state.saved.filter((doc) => state.problems[doc] === undefined);
      await writeState(state);
      await dropUnsaved(state);
      for (const group of savedGroups(state)) {
        const manifest = await groupManifest(group, false);
        if (manifest) await controllerFor(manifest).activate(event);
      }
      // Manifests of earlier versions.
      const current = new Set(MANIFESTS.map(manifestKey));
      const manifests = await self.caches.open(MANIFEST_CACHE);
      for (const request of await manifests.keys()) if (!current.has(request.url)) await manifests.delete(request);
      lookup = undefined;
    })(),
  );
});

function isGroupCache(name: string): boolean {
  return name.startsWith('offline-') && ![STATE_CACHE, MANIFEST_CACHE, VISITED_PAGES, VISITED_ASSETS].includes(name);
}

// ---- requests

/** The page that stands in, offline, for one that was not saved (src/pages/not-saved.astro, in the shared group). */
const notSavedUrl = new URL('not-saved/', self.registration.scope).href;

/** A file of a saved document, or of the group every saved document needs. */
async function savedFile(bare: string): Promise<Response | undefined> {
  for (const controller of await savedControllers()) {
    const key = controller.getCacheKeyForURL(bare);
    if (!key) continue;
    // Looked up without opening the cache: opening would make it anew if a removal has just deleted it.
    const hit = await self.caches.match(key, { cacheName: controller.strategy.cacheName });
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      // Saved files first, ignoring query strings (?q=, Pagefind's ?ts=) and fragments.
      const hit = await savedFile(`${url.origin}${url.pathname}`);
      if (hit) return hit;
      if (request.mode === 'navigate') {
        try {
          return await pages.handle({ event: event, request });
        } catch (error) {
          // Offline, and neither saved nor visited (a word's page, a mistyped address): say so, and offer what is saved.
          const fallback = await savedFile(notSavedUrl);
          if (fallback) return fallback;
          throw error;
        }
      }
      if (url.pathname.includes('/_astro/')) return assets.handle({ event: event, request });
      return fetch(request);
    })(),
  );
});

// ---- the page's requests: status, save, remove

self.addEventListener('message', (event) => {
  // The reader chose "reload" on the new-version notice (workbox-window's messageSkipWaiting).
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
    return;
  }
  const request = event.data as OfflineRequest;
  const port = event.ports[0];
  const reply = (message: OfflineReply): void => port?.postMessage(message);
  event.waitUntil(
    (async () => {
      if (request.type === 'status') {
        reply({ type: 'status', state: await readState() });
      } else if (request.type === 'save') {
        reply({ type: 'status', state: await save(request.doc, event) });
      } else {
        reply({ type: 'status', state: await remove(request.doc) });
      }
    })(),
  );
});

async function broadcast(message: OfflineReply): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

async function save(doc: string, event: LifecycleEvent): Promise<OfflineState> {
  const groups = groupsFor(doc);
  try {
    const counts = await Promise.all(groups.map(missing));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    let last = 0;
    const stored = (): void => {
      done += 1;
      if (done === total || Date.now() - last > 150) {
        last = Date.now();
        void broadcast({ type: 'progress', doc, done, total });
      }
    };
    for (const group of groups) await precacheGroup(group, stored, event);
    const state = await readState();
    state.saved = [...new Set([...state.saved, doc])];
    delete state.problems[doc];
    await writeState(state);
    lookup = undefined;
    return state;
  } catch (error) {
    const state = await readState();
    state.problems[doc] = problemOf(error);
    await writeState(state);
    await dropUnsaved(state);
    return state;
  }
}

async function remove(doc: string): Promise<OfflineState> {
  const state = await readState();
  state.saved = state.saved.filter((d) => d !== doc);
  delete state.problems[doc];
  await writeState(state);
  await dropUnsaved(state);
  lookup = undefined;
  return state;
}

/**
 * Delete the caches of groups no saved document needs (a removed document, a failed save's partial files),
 * and those of the hand-written worker this one replaced.
 */
async function dropUnsaved(state: OfflineState): Promise<void> {
  const keep = new Set(savedGroups(state).map(groupCacheName));
  for (const name of await self.caches.keys()) {
    if (name.startsWith('edition-') || (isGroupCache(name) && !keep.has(name))) await self.caches.delete(name);
  }
}
