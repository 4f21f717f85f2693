/**
 * The tests' server is the host's own runtime (support/global-setup.ts), so what it sends is what a deploy to
 * Cloudflare Pages or Netlify sends: every rule of dist/_headers, on pages, on the 404 answer and on files.
 * (Cloudflare adds nosniff and that referrer policy by itself; `_headers` states them for Netlify, which does not.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { pagePolicy } from '../../src/lib/security/csp.ts';

const get = (path: string): Promise<Response> => fetch(new URL(path.replace(/^\//, ''), inject('siteUrl')), { redirect: 'manual' });
const bundle = readdirSync(join(inject('distDir'), '_astro')).find((name) => name.endsWith('.css'));

it.each(['/', '/en/trade-2019/measure-14/', '/zh/trade-2019/data/', '/en/no-such-page/', '/data/trade-2019.csv'])(
  '%s is sent with the policy, nosniff and the referrer policy',
  async (path) => {
    const res = await get(path);
    expect(res.headers.get('content-security-policy')).toBe(`${pagePolicy()}; frame-ancestors 'none'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  },
);

it('sends hashed bundles as immutable, and the worker and pages as revalidated', async () => {
  expect(bundle, 'a stylesheet under /_astro/').toBeDefined();
  expect((await get(`/_astro/${bundle ?? ''}`)).headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  expect((await get('/sw.js')).headers.get('cache-control')).toMatch(/no-cache/);
  expect((await get('/en/')).headers.get('cache-control')).not.toMatch(/immutable/);
});

it('answers an unknown address with the site 404 page and a directory without its slash with a redirect', async () => {
  const missing = await get('/en/trade-2019/measure-99/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('not-found');
  const bare = await get('/en/trade-2019');
  expect([301, 308]).toContain(bare.status);
  expect(bare.headers.get('location')).toBe('/en/trade-2019/');
});
