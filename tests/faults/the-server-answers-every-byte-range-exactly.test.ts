import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { raw } from '../support/raw-request.ts';
import { writeTinySite } from '../support/site-fixture.ts';

const FILE = 'id,zh\r\n'.repeat(50);
const SIZE = FILE.length;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(writeTinySite());
});
afterAll(() => server.close());

// RFC 9110 §14: a satisfiable range gets 206 with exactly its bytes; an end past the file stops at its last byte;
// a range starting past the end gets 416 naming the size.
it.each([
  ['bytes=0-0', 0, 0],
  ['bytes=1-1', 1, 1],
  ['bytes=0-6', 0, 6],
  ['bytes=340-', 340, SIZE - 1],
  ['bytes=-5', SIZE - 5, SIZE - 1],
  ['bytes=340-99999999999999999999999', 340, SIZE - 1],
  [`bytes=0-${SIZE}`, 0, SIZE - 1],
])('%s → 206 with bytes %i to %i', async (range, start, end) => {
  const res = await raw(server, 'GET', '/data/doc.csv', { Range: range });
  expect(res.status).toBe(206);
  expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${SIZE}`);
  expect(res.headers['content-length']).toBe(String(end - start + 1));
  expect(res.body).toBe(FILE.slice(start, end + 1));
});

// An end before the start is an invalid range, which RFC 9110 §14.2 also answers with 416.
it.each(['bytes=9-2', `bytes=${SIZE}-`, `bytes=${SIZE + 100}-${SIZE + 200}`, 'bytes=99999999999999999999999-'])(
  '%s → 416',
  async (range) => {
    const res = await raw(server, 'GET', '/data/doc.csv', { Range: range });
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${SIZE}`);
  },
);

it.each(['bytes=0-1,4-5', 'items=0-1', 'bytes=abc'])('%s → 200 with the whole file', async (range) => {
  const res = await raw(server, 'GET', '/data/doc.csv', { Range: range });
  expect(res.status).toBe(200);
  expect(res.body).toBe(FILE);
});

it('answers a range of a page found by its folder', async () => {
  const res = await raw(server, 'GET', '/en/', { Range: 'bytes=0-8' });
  expect(res.status).toBe(206);
  expect(res.body).toBe('<!doctype');
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
});
