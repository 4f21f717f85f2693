/**
 * npm start (after the build) — serve dist/ on http://localhost:4321 as its host will, until stopped.
 *
 * The base comes from the same settings as the build (src/lib/settings/site-settings.ts), so a BASE_PATH the
 * build refuses is refused here too, with the same message. At the root, the site is served by Cloudflare's own
 * Pages runtime, with its `_headers`, 404 page and redirects as Netlify and Cloudflare Pages apply them; under a
 * sub-folder, as GitHub Pages serves a project site: the files and the 404 page, no headers of its own.
 */
import { servePagesHost } from './lib/pages-host.ts';
import { serveStatic } from './lib/static-server.ts';
import { resolveSettings, SettingsError } from '../src/lib/settings/site-settings.ts';

let base: string;
try {
  base = resolveSettings(process.env).base;
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const server = base === '/' ? await servePagesHost('dist', { port, host }) : await serveStatic('dist', { port, base, host });
const how = base === '/' ? 'as Cloudflare Pages and Netlify serve it (_headers applied)' : 'as GitHub Pages serves it (no headers)';
console.log(`Serving the edition at ${server.url.replace('127.0.0.1', 'localhost')} ${how} (Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
