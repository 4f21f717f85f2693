import { expect, it } from 'vitest';
import { checkManifest } from '../../src/lib/urls/manifest.ts';
import { MANIFEST, publishedUrls, readManifest } from '../support/url-manifest.ts';

it(`still publishes every URL in ${MANIFEST}`, () => {
  const manifest = readManifest();
  expect(manifest.length).toBeGreaterThan(70);
  const { missing } = checkManifest(manifest, publishedUrls());
  // A URL is never removed from the manifest; to retire one, keep a redirect page at it (README, "URLs").
  expect(missing, 'these URLs disappeared; add a redirect page at each (UPDATE=1 does not remove them)').toEqual([]);
});
