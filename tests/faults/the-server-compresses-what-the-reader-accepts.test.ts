import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { raw } from '../support/raw-request.ts';
import { writeTinySite } from '../support/site-fixture.ts';

const PAGE = `<!doctype html><title>en</title>${'<p>关于推进贸易高质量发展的指导意见</p>'.repeat(200)}`;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(writeTinySite({ 'en/index.html': PAGE }));
});
afterAll(() => server.close());

it.each([
  ['gzip', 'gzip', gunzipSync],
  ['br', 'br', brotliDecompressSync],
  ['gzip, deflate, br', 'br', brotliDecompressSync],
])('Accept-Encoding: %s gets %s, which decodes to the page', async (accept, encoding, decode) => {
  const res = await raw(server, 'GET', '/en/', { 'Accept-Encoding': accept });
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBe(encoding);
  expect(res.headers.vary).toMatch(/Accept-Encoding/i);
  expect(res.bytes.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
  expect(decode(res.bytes).toString('utf8')).toBe(PAGE);
});

it('sends the page as it is to a reader that accepts no encoding', async () => {
  const res = await raw(server, 'GET', '/en/', { 'Accept-Encoding': 'identity' });
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(res.body).toBe(PAGE);
});

it('never compresses a byte range', async () => {
  const res = await raw(server, 'GET', '/en/', { 'Accept-Encoding': 'gzip', Range: 'bytes=0-8' });
  expect(res.status).toBe(206);
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(res.body).toBe('<!doctype');
});
