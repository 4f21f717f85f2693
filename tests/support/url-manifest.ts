import { readFileSync, writeFileSync } from 'node:fs';
import { inject } from 'vitest';
import { formatManifest, parseManifest, publicUrls, updateManifest } from '../../src/lib/urls/manifest.ts';
import { readTree } from './dist.ts';

export const MANIFEST = 'tests/url-manifest.txt';

export function readManifest(): string[] {
  return parseManifest(readFileSync(MANIFEST, 'utf8'));
}

/** The public URLs of the built site. */
export function publishedUrls(dist = inject('distDir')): string[] {
  return publicUrls(readTree(dist).keys());
}

/** UPDATE=1: add every published URL to the manifest file (never removing one). */
export function updateManifestFile(published: readonly string[]): void {
  writeFileSync(MANIFEST, formatManifest(updateManifest(readManifest(), published)));
}
