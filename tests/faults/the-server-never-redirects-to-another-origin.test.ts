import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeTinySite } from '../support/site-fixture.ts';
import { raw } from '../support/raw-request.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(writeTinySite());
});
afterAll(() => server.close());

it.each([
  '/%2fevil.example%2f..%2fen',
  '//evil.example/../en',
  '/%5cevil.example%5c..%5cen',
  '/%2F%2Fevil.example/en',
  '/\\evil.example/en',
  '/en',
])('GET %s never leaves the origin', async (path) => {
  const res = await raw(server, 'GET', path);
  const location = res.headers.location;
  if (typeof location === 'string') {
    const target = new URL(location, server.url);
    expect(target.origin).toBe(new URL(server.url).origin);
  }
  expect(res.status).not.toBe(500);
});

it('redirects a directory without its slash to the same origin', async () => {
  const res = await raw(server, 'GET', '/en?x=1');
  expect(res.status).toBe(301);
  expect(res.headers.location).toBe('/en/?x=1');
});
