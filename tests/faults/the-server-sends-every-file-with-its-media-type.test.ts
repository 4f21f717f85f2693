import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { raw } from '../support/raw-request.ts';
import { writeTinySite } from '../support/site-fixture.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(
    writeTinySite({
      'en/cite.bib': '@misc{trade-2019,\n  title = {关于推进贸易高质量发展的指导意见}\n}\n',
      'en/cite.ris': 'TY  - GOVDOC\nTI  - 关于推进贸易高质量发展的指导意见\nER  - \n',
      'en/cite.txt': '关于推进贸易高质量发展的指导意见\n',
      'en/cite.json': '[]\n',
      _headers: '/*\n  X-Content-Type-Options: nosniff\n',
    }),
  );
});
afterAll(() => server.close());

// Every text the build writes is UTF-8; a type without its charset lets a browser read the Chinese as Latin-1.
it.each([
  ['/en/cite.bib', 'application/x-bibtex; charset=utf-8'],
  ['/en/cite.ris', 'application/x-research-info-systems; charset=utf-8'],
  ['/en/cite.txt', 'text/plain; charset=utf-8'],
  ['/en/cite.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
  ['/_headers', 'text/plain; charset=utf-8'],
  ['/data/doc.csv', 'text/csv; charset=utf-8'],
  ['/_astro/app.Ab12Cd.js', 'text/javascript; charset=utf-8'],
  ['/en/', 'text/html; charset=utf-8'],
  ['/404', 'text/html; charset=utf-8'],
])('%s is sent as %s', async (path, type) => {
  for (const method of ['GET', 'HEAD']) {
    const res = await raw(server, method, path);
    expect(res.status, `${method} ${path}`).toBe(200);
    // Compared without spaces: `text/html;charset=utf-8` and `text/html; charset=utf-8` are the same type.
    expect(String(res.headers['content-type']).replace(/\s+/g, ''), `${method} ${path}`).toBe(type.replace(/\s+/g, ''));
  }
});
