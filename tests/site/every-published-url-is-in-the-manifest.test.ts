import { expect, it } from 'vitest';
import { checkManifest } from '../../src/lib/urls/manifest.ts';
import { MANIFEST, publishedUrls, readManifest, updateManifestFile } from '../support/url-manifest.ts';

it(`lists every public URL of the site in ${MANIFEST}`, () => {
  const published = publishedUrls();
  // UPDATE=1 adds the new URLs to the file, to be reviewed and committed with the change that made them.
  if (process.env.UPDATE === '1') updateManifestFile(published);
  const { unlisted } = checkManifest(readManifest(), published);
  expect(unlisted, `new public URLs: review them, then run UPDATE=1 npm test and commit ${MANIFEST}`).toEqual([]);
});
