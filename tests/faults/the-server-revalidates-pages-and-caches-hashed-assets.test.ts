import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeTinySite } from '../support/site-fixture.ts';
import { raw } from '../support/raw-request.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(writeTinySite());
});
afterAll(() => server.close());

it('sends hashed /_astro/ files as immutable and pages as revalidated', async () => {
  const asset = await raw(server, 'GET', '/_astro/app.Ab12Cd.js');
  expect(asset.status).toBe(200);
  expect(asset.headers['cache-control']).toMatch(/immutable/);
  expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
  const page = await raw(server, 'GET', '/en/');
  expect(page.headers['cache-control']).toBe('no-cache');
});

it('answers a repeated request with 304 when the ETag matches', async () => {
  const first = await raw(server, 'GET', '/en/');
  const etag = first.headers.etag;
  expect(typeof etag).toBe('string');
  const again = await raw(server, 'GET', '/en/', { 'If-None-Match': String(etag) });
  expect(again.status).toBe(304);
  expect(again.body).toBe('');
});

it('answers a byte range with 206 and only those bytes', async () => {
  const res = await raw(server, 'GET', '/data/doc.csv', { Range: 'bytes=0-6' });
  expect(res.status).toBe(206);
  expect(res.body).toBe('id,zh\r\n');
  expect(res.headers['content-range']).toBe(`bytes 0-6/${7 * 50}`);
});

it.each(['bytes=9-2', 'bytes=abc', 'bytes=0-1,4-5', 'bytes=-5', 'items=0-1'])('never fails on a Range of %s', async (range) => {
  const res = await raw(server, 'GET', '/data/doc.csv', { Range: range });
  expect([200, 206, 416]).toContain(res.status);
  expect((await raw(server, 'GET', '/')).status).toBe(200);
});

it('answers HEAD with the headers and no body', async () => {
  const res = await raw(server, 'HEAD', '/en/');
  expect(res.status).toBe(200);
  expect(res.body).toBe('');
  expect(res.headers['content-type']).toMatch(/text\/html/);
});
