/**
 * A static server as GitHub Pages serves a site: the files, the site's 404 page, the trailing-slash redirect, and
 * no headers from `_headers` (GitHub Pages cannot set headers; the policy is each page's <meta>). `npm start` uses
 * it for a build under a sub-folder (BASE_PATH), the GitHub Pages mode test and the benchmark use it; the hosts
 * that apply `_headers` are served by their own runtime (pages-host.ts).
 *
 * sirv (a maintained static file server with ETag/304 and HEAD) behind a thin node:http wrapper that owns what
 * sirv leaves to its host: which methods are allowed, which request paths are refused before any lookup, the
 * trailing-slash redirect (always to the same origin), the site's 404 page, cache headers, media types sirv does
 * not know, byte ranges (parsed by range-parser, the parser of Express's `send`: sirv answers `bytes=0-0` with
 * the whole file and drops the connection on a huge end), compression (the `compression` middleware: gzip or
 * brotli as Accept-Encoding asks) and never letting one request take the process down.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import compression from 'compression';
import { lookup } from 'mrmime';
import parseRange from 'range-parser';
import sirv from 'sirv';
import { CITE_MEDIA_TYPES } from '../../src/lib/cite/files.ts';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Hashed bundles never change under one name; everything else is revalidated on every use. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const cacheFor = (pathname: string): string => (pathname.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE);

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

/**
 * The media type of a built file. Every text the build writes is UTF-8, so text types say so; the citation
 * formats take their types from the one table the site uses (src/lib/cite/files.ts), and a file with no known
 * type (`_headers`) is plain text.
 */
export function mediaType(file: string): string {
  const ext = extname(file).slice(1).toLowerCase();
  const type = (CITE_MEDIA_TYPES as Record<string, string | undefined>)[ext] ?? lookup(ext) ?? 'text/plain';
  const text = /^text\/|[/+](json|xml|javascript|x-bibtex|x-research-info-systems)$/.test(type);
  return text ? `${type}; charset=utf-8` : type;
}

/** The file a request path names in the site folder, as sirv finds it (the path, `.html` added, or its index). */
function fileFor(dir: string, inner: string): { file: string; size: number } | undefined {
  for (const candidate of [join(dir, inner), join(dir, `${inner}.html`), join(dir, inner, 'index.html')]) {
    try {
      const stats = statSync(candidate);
      if (stats.isFile()) return { file: candidate, size: stats.size };
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/**
 * Answer a request with a Range header, or return false to serve the whole file. One satisfiable byte range gets
 * 206 with exactly those bytes (an end past the file is cut to its last byte); a range wholly past the end gets
 * 416; several ranges, another unit or a malformed header get the whole file, as RFC 9110 allows.
 */
function answerRange(req: IncomingMessage, res: ServerResponse, dir: string, inner: string, cache: string): boolean {
  const header = req.headers.range;
  const found = header === undefined ? undefined : fileFor(dir, inner);
  if (header === undefined || found === undefined) return false;
  const ranges = parseRange(found.size, header);
  if (ranges === -1) {
    res.writeHead(416, { 'Content-Range': `bytes */${found.size}`, 'Cache-Control': cache }).end();
    return true;
  }
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1 || ranges[0] === undefined) return false;
  const { start, end } = ranges[0];
  res.writeHead(206, {
    'Content-Type': mediaType(found.file),
    'Content-Range': `bytes ${start}-${end}/${found.size}`,
    'Content-Length': end - start + 1,
    'Accept-Ranges': 'bytes',
    'Cache-Control': cache,
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  const stream = createReadStream(found.file, { start, end });
  stream.once('error', () => res.destroy());
  stream.pipe(res);
  return true;
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
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheFor(pathname));
      // The file sirv found (a path may stand for its .html or its index), for its real type.
      res.setHeader('Content-Type', mediaType(fileFor(dir, pathname)?.file ?? pathname));
    },
    onNoMatch: (_req, res) => notFound(res),
  });
  // compression is typed for Express; it only uses what node:http's request and response have.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

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
    if (answerRange(req, res, dir, inner, cacheFor(inner))) return;
    // sirv's own Range handling is wrong at the edges: every range is answered above or served whole.
    delete req.headers.range;
    // sirv pipes a read stream into the response without listening for its errors; a file removed by a rebuild
    // between lookup and open would throw out of the process. Catch it here and end this one response.
    res.once('pipe', (source: Readable) => {
      source.once('error', () => {
        if (res.headersSent) res.destroy();
        else notFound(res);
      });
    });
    req.url = `${encodeURI(inner)}${query}`;
    compress(req, res, () => files(req, res, () => notFound(res)));
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
