/**
 * Build the site once per test run (content, Astro, search index), serve it as the hosts serve it and hand its
 * URL to the tests. SKIP_BUILD=1 reuses dist/.
 *
 * The server is Cloudflare's own local Pages runtime (scripts/lib/pages-host.ts), so every browser test sees the
 * site with its `_headers` (the Content-Security-Policy header included), its 404 page and the hosts' redirects,
 * exactly as a deploy to Cloudflare Pages or Netlify sends it. Started once here: it takes a few seconds.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { servePagesHost, type HostedSite } from '../../scripts/lib/pages-host.ts';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

let server: HostedSite | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = 'dist';
  if (!(process.env.SKIP_BUILD === '1' && existsSync(`${dist}/index.html`))) buildSite({ outDir: dist });
  server = await servePagesHost(dist, { quiet: true });
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
