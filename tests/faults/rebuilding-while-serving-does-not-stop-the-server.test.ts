import { renameSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { raw } from '../support/raw-request.ts';
import { writeTinySite } from '../support/site-fixture.ts';

let server: StaticServer;
let root: string;
beforeAll(async () => {
  root = writeTinySite();
  server = await serveStatic(root);
});
afterAll(() => server.close());

it('keeps serving while the site folder is swapped under it', async () => {
  // A build swaps the folder while requests are between finding a file and opening it.
  const requests: Promise<unknown>[] = [];
  const until = Date.now() + 1000;
  while (Date.now() < until) {
    for (let i = 0; i < 10; i += 1) requests.push(raw(server, 'GET', '/data/doc.csv').catch(() => undefined));
    await tick();
    // Gone for a few milliseconds, while the opens queued by the requests above run.
    renameSync(root, `${root}.away`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    renameSync(`${root}.away`, root);
  }
  await Promise.all(requests);
  const after = await raw(server, 'GET', '/');
  expect(after.status).toBe(200);
});
