import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { raw } from '../support/raw-request.ts';
import { writeTinySite } from '../support/site-fixture.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(writeTinySite());
});
afterAll(() => server.close());

describe('the server answers every request with a status and keeps serving', () => {
  it.each([
    ['GET', '/%', 400],
    ['GET', '/%zz', 400],
    ['GET', '/en/%E4%B8', 400],
    ['GET', '/%00', 404],
    ['GET', '/../../etc/passwd', 404],
    ['GET', '/..%2f..%2fetc%2fpasswd', 404],
    ['GET', '/%2e%2e/%2e%2e/etc/passwd', 404],
    ['GET', '/%5c..%5c..%5cetc', 404],
    ['GET', '/no/such/page/', 404],
    ['GET', '/en/', 200],
    ['HEAD', '/en/', 200],
    ['POST', '/en/', 405],
    ['PUT', '/index.html', 405],
    ['DELETE', '/', 405],
    ['OPTIONS', '/', 405],
    ['PATCH', '/', 405],
  ])('%s %s → %i', async (method, path, status) => {
    const res = await raw(server, method, path);
    expect(res.status).toBe(status);
    if (status === 405) expect(res.headers.allow).toBe('GET, HEAD');
    // Still alive after every request.
    expect((await raw(server, 'GET', '/')).status).toBe(200);
  });

  it('answers an unknown path with the site 404 page and status 404', async () => {
    const res = await raw(server, 'GET', '/en/measure-99/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
  });
});
