/**
 * Build the site once per test run (content, Astro, search index), serve it
 * on loopback and hand its URL to the tests. SKIP_BUILD=1 reuses dist/.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = 'dist';
  if (!(process.env.SKIP_BUILD === '1' && existsSync(`${dist}/index.html`))) buildSite({ outDir: dist });
  server = await serveStatic(dist);
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
