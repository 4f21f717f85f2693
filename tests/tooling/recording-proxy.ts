/**
 * A loopback HTTP proxy in front of a served site that records every request
 * it forwards (path, status, bytes raw and gzip), whoever made it: a page, a
 * service worker, the browser's update check. Its upstream can be switched,
 * which is how tests and the benchmark play a deploy: the same origin starts
 * serving another build. It can also be cut, as a lost network is: the
 * browser's own offline switch does not reach a service worker's requests.
 */
import { createServer, request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';

export interface RecordedRequest {
  /** Path and query, as requested. */
  readonly url: string;
  readonly status: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Milliseconds since the proxy started, when the response ended. */
  readonly at: number;
}

export interface RecordingProxy {
  /** The proxy's URL: the upstream's path under this origin. */
  readonly url: string;
  /** Every request so far, in the order their responses ended. */
  readonly requests: RecordedRequest[];
  /** Milliseconds since the proxy started. */
  now(): number;
  /** Serve another upstream from now on (its URL must have the same path). */
  switchTo(upstream: string): void;
  /** From now on, fail every request at the connection, as a lost network does. */
  cut(): void;
  close(): Promise<void>;
}

export function recordingProxy(upstream: string): Promise<RecordingProxy> {
  let target = new URL(upstream);
  const started = performance.now();
  const now = (): number => performance.now() - started;
  const requests: RecordedRequest[] = [];
  let down = false;
  const server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (upstreamRes) => {
        const chunks: Buffer[] = [];
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          res.write(chunk);
        });
        upstreamRes.on('end', () => {
          const body = Buffer.concat(chunks);
          requests.push({
            url: req.url ?? '',
            status: upstreamRes.statusCode ?? 0,
            bytes: body.length,
            gzipBytes: body.length > 0 ? gzipSync(body).length : 0,
            at: now(),
          });
          res.end();
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${target.pathname}`,
        requests,
        now,
        switchTo: (next) => {
          target = new URL(next);
        },
        cut: () => {
          down = true;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
