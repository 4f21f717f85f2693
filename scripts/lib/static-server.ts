/**
 * The static server behind `npm start`, the tests and the benchmark: sirv (a maintained static file server with
 * ETag/304, Range and HEAD) behind a thin node:http wrapper that owns what sirv leaves to its host: which methods
 * are allowed, which request paths are refused before any lookup, the trailing-slash redirect (always to the same
 * origin), the site's 404 page, cache headers, and never letting one request take the process down.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Hashed bundles never change under one name; everything else is revalidated on every use. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The path of a request as sent, or why it is refused. Encoded slashes and backslashes, NUL, `..` segments and
 * a leading `//` are refused outright: no page of the site has them, and each is a way to escape the root or to
 * make a redirect point at another origin.
 */
export function requestPath(url: string): { raw: string; query: string; path: string } | { status: 400 | 404 } {
  const cut = url.search(/[?#]/);
  const raw = cut === -1 ? url : url.slice(0, cut);
  const query = cut === -1 || url[cut] === '#' ? '' : url.slice(cut).replace(/#.*$/, '');
  if (!raw.startsWith('/') || raw.startsWith('//') || /%2f|%5c|%00|\\/i.test(raw)) return { status: 404 };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.')) return { status: 404 };
  return { raw, query, path };
}

/** A Range header sirv can answer exactly (one `bytes=start-[end]` range), else none: serving the whole file is always allowed. */
function usableRange(range: string | undefined): boolean {
  const m = range === undefined ? null : /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  return m !== null && (m[2] === '' || Number(m[1]) <= Number(m[2]));
}

/**
 * Serve a built site from `root` under `base` (e.g. `/` or `/edition/`) on loopback, the way a static host would:
 * a directory serves its index.html, a missing file is a 404 (the site's 404.html when it has one).
 */
export function serveStatic(root: string, options: { port?: number; base?: string; host?: string } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const host = options.host ?? '127.0.0.1';
  const dir = resolve(root);

  const notFound = (res: ServerResponse): void => {
    // Read per request: a rebuild may add, change or remove the page.
    let page: Buffer | undefined;
    try {
      page = readFileSync(join(dir, '404.html'));
    } catch {
      page = undefined;
    }
    res.statusCode = 404;
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    res.end(page ?? 'Not found\n');
  };

  // sirv's dev mode looks each file up on disk per request instead of listing the folder once at start, so a
  // rebuild that replaces dist/ is served at once, never from a stale list.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE),
    onNoMatch: (_req, res) => notFound(res),
  });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const target = requestPath(req.url ?? '/');
    if ('status' in target) {
      if (target.status === 404) notFound(res);
      else res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    const { raw, query, path } = target;
    if (`${path}/` === base) {
      res.writeHead(301, { Location: `${raw}/${query}` }).end();
      return;
    }
    if (!path.startsWith(base)) {
      notFound(res);
      return;
    }
    const inner = path.slice(base.length - 1);
    if (!inner.endsWith('/') && existsSync(join(dir, inner, 'index.html')) && statSync(join(dir, inner)).isDirectory()) {
      // `raw` starts with exactly one slash and holds no backslash: the Location stays on this origin.
      res.writeHead(301, { Location: `${raw}/${query}` }).end();
      return;
    }
    if (!usableRange(req.headers.range)) delete req.headers.range;
    // sirv pipes a read stream into the response without listening for its errors; a file removed by a rebuild
    // between lookup and open would throw out of the process. Catch it here and end this one response.
    res.once('pipe', (source: Readable) => {
      source.once('error', () => {
        if (res.headersSent) res.destroy();
        else notFound(res);
      });
    });
    req.url = `${encodeURI(inner)}${query}`;
    files(req, res, () => notFound(res));
  };

  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      // A file system race (a rebuild) or anything unforeseen: answer this request, keep serving.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error\n');
      else res.destroy();
    }
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://${host}:${port}${base}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
