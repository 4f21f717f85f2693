import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const fakeBuild = (dir: string, tag: string, failAt = '') =>
  spawnSync(process.execPath, ['tests/support/fake-build.ts', join(dir, 'dist'), join(dir, 'lock'), join(dir, 'log'), tag, failAt], {
    encoding: 'utf8',
  });

it('a failed step leaves the previous site intact and names the step and its cause', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  expect(fakeBuild(dir, 'first').status).toBe(0);
  const before = readdirSync(join(dir, 'dist')).sort();
  expect(before).toEqual(['astro.html', 'content.html', 'offline.html', 'search index.html']);

  const failed = fakeBuild(dir, 'second', 'search index');
  expect(failed.status).toBe(1);
  expect(failed.stderr).toContain('build failed at step "search index"');
  expect(failed.stderr).toContain('Pagefind could not write pagefind/zh/');
  // Every file is the first build's; nothing of the second build's partial output.
  expect(readdirSync(join(dir, 'dist')).sort()).toEqual(before);
  for (const name of before) expect(readFileSync(join(dir, 'dist', name), 'utf8')).toBe('first');
  // And no staging folder is left behind.
  expect(readdirSync(dir).sort()).toEqual(['dist', 'log']);
});

it('the real build runs through the same orchestration', () => {
  expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build).toBe('node scripts/build.ts');
  expect(readFileSync('tests/support/build.ts', 'utf8')).toContain("from '../../scripts/build.ts'");
});
