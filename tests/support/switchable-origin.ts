/**
 * The served site behind a switch, on an origin of its own: `cut()` makes every later request fail at the
 * connection, as a lost network does. Needed because the browser's own offline switch does not reach a
 * service worker's requests, so it cannot show what the worker does when the network is gone.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';

export interface SwitchableOrigin {
  /** The site's URL on this origin, with a trailing slash. */
  readonly url: string;
  cut(): void;
  close(): Promise<void>;
}

export async function switchableOrigin(): Promise<SwitchableOrigin> {
  const upstream = inject('siteUrl');
  let down = false;
  const server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    fetch(new URL((req.url ?? '/').replace(/^\//, ''), upstream), { headers: { accept: req.headers.accept ?? '*/*' } })
      .then(async (r) => {
        const headers = Object.fromEntries(
          [...r.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)),
        );
        const body = Buffer.from(await r.arrayBuffer());
        res.writeHead(r.status, { ...headers, 'content-length': body.length });
        res.end(body);
      })
      .catch(() => req.socket.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    cut: () => {
      down = true;
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
