/**
 * Frozen releases. When a release is cut, its exports are kept under
 * content/releases/{doc}/{n}/ exactly as published, and republished at
 * /data/releases/{n}/ for good. The one thing a frozen file cannot know is
 * the address it will be served from (a mirror, a preview, a move), so it is
 * frozen with its URLs under FROZEN_ORIGIN, a reserved name (RFC 2606) that
 * is never an address, and republished with the build's own origin and base
 * in its place; every other byte is as published.
 */
import { withBase } from '../urls/routes.ts';

export const FROZEN_ORIGIN = 'https://release.invalid';

/** The site a frozen file is written for: base `/` under FROZEN_ORIGIN. */
export const FROZEN_SITE = { base: '/', site: `${FROZEN_ORIGIN}/` } as const;

/** A frozen file's body as this build publishes it. */
export function republish(frozen: string, site: { base: string; site: string }): string {
  return frozen.replaceAll(`${FROZEN_ORIGIN}/`, new URL(withBase(site.base, '/'), site.site).href);
}

/** Where a release's copy of an export is published: /data/releases/{n}/{file}. */
export function releaseDataPath(n: number, fileName: string): string {
  return `/data/releases/${n}/${fileName}`;
}
