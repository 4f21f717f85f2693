/**
 * Provenance for the data page: the source text as published (its bytes must
 * match the SHA-256 the records state, or the build stops), where to report
 * an error, and the path of the source download.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Edition } from '../records/index.ts';

/** /data/{doc}.zh.txt */
export function sourcePath(slug: string): string {
  return `/data/${slug}.zh.txt`;
}

export function sourceFileBytes(edition: Edition): Uint8Array<ArrayBuffer> {
  const { file, sha256 } = edition.document.source;
  const bytes = new Uint8Array(readFileSync(file));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${file}: SHA-256 is ${actual}, but the records state ${sha256}; run \`npm run content\` again`);
  return bytes;
}

/**
 * Where readers report an error: the repository's issue tracker when the
 * build runs in GitHub Actions (GITHUB_SERVER_URL, GITHUB_REPOSITORY), else
 * REPORT_URL if set; otherwise the page says how to write, without a link.
 */
export function reportUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.REPORT_URL) return env.REPORT_URL;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/issues`;
  return undefined;
}
