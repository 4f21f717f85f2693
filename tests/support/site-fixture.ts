import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A tiny built site on disk (page, sub-page, hashed asset, 404 page, data file) for server tests. */
export function writeTinySite(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiny-site-'));
  const all: Record<string, string> = {
    'index.html': '<!doctype html><title>home</title>',
    'en/index.html': '<!doctype html><title>en</title>',
    '_astro/app.Ab12Cd.js': 'console.log(1);\n',
    '404.html': '<!doctype html><title>Page not found</title>',
    'data/doc.csv': 'id,zh\r\n'.repeat(50),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
