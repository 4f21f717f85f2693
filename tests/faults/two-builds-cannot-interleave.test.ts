import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const fakeBuild = (dir: string, tag: string): Promise<number | null> =>
  new Promise((done) => {
    spawn(process.execPath, ['tests/support/fake-build.ts', join(dir, 'dist'), join(dir, 'lock'), join(dir, 'log'), tag], {
      stdio: 'ignore',
    }).on('exit', done);
  });

it('two builds started together run one after the other, never interleaved', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  expect(await Promise.all([fakeBuild(dir, 'A'), fakeBuild(dir, 'B')])).toEqual([0, 0]);
  const tags = readFileSync(join(dir, 'log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ')[0]);
  expect(tags).toHaveLength(8);
  expect(tags.join('')).toMatch(/^(AAAABBBB|BBBBAAAA)$/);
  // The site is whole: all four pages from the one build that finished last.
  const last = tags.at(-1) ?? '';
  for (const page of ['content', 'astro', 'search index', 'offline'])
    expect(readFileSync(join(dir, 'dist', `${page}.html`), 'utf8')).toBe(last);
});
