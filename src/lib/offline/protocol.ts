/** Messages between the page's offline control and the service worker (src/lib/offline/worker.ts). */

/** Why a save or an update did not complete: storage full, or a file could not be fetched. */
export type SaveProblem = 'quota' | 'network';

/** Which documents are saved, and the last problem of each that is not. Kept by the worker in Cache Storage. */
export interface OfflineState {
  saved: string[];
  problems: Record<string, SaveProblem>;
}

export type OfflineRequest = { type: 'status' } | { type: 'save'; doc: string } | { type: 'remove'; doc: string };

export type OfflineReply = { type: 'status'; state: OfflineState } | { type: 'progress'; doc: string; done: number; total: number };

/** The Cache Storage cache holding a saved offline group (a document's slug, or the shared group); pages may ask `caches.has` of it. */
export const groupCacheName = (group: string): string => `offline-${group}`;
