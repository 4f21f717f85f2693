import { expect, inject, it } from 'vitest';
import { offlineRevisions } from '../support/offline.ts';

// Netlify and Cloudflare Pages read _headers and _redirects and never serve them: a worker that asked for one
// could save nothing, since one failed request fails the whole group.
it('lists no host configuration file in any offline group', () => {
  const urls = [...offlineRevisions(inject('distDir')).keys()];
  expect(urls.length).toBeGreaterThan(100);
  expect(urls.filter((url) => /\/_(headers|redirects)$/.test(url))).toEqual([]);
});
