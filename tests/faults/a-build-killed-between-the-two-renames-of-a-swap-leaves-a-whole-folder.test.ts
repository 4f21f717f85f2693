/**
 * A swap of dist/ or content/records/ is two renames. A process SIGKILLed between them (tests/support/
 * crash-between-renames.ts) leaves the old folder retired and the new one staged; the next run must put a
 * complete folder back and clear both, or every later build is stuck or the site is gone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const CRASH = ['--import', resolve('tests/support/crash-between-renames.ts')];

const fakeBuild = (dir: string, tag: string, options: { crash?: boolean; failAt?: string } = {}) =>
  spawnSync(
    process.execPath,
    [
      ...(options.crash ? CRASH : []),
      'tests/support/fake-build.ts',
      join(dir, 'dist'),
      join(dir, 'lock'),
      join(dir, 'log'),
      tag,
      options.failAt ?? '',
    ],
    { encoding: 'utf8', env: { ...process.env, CRASH_SWAP: options.crash ? join(dir, 'dist') : '' } },
  );

it('a build killed between the renames of dist/ is undone by the next build, even one that fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  expect(fakeBuild(dir, 'first').status).toBe(0);
  const killed = fakeBuild(dir, 'second', { crash: true });
  expect(killed.signal).toBe('SIGKILL');
  // The window the crash hit: the old site retired, the new one staged, no dist/.
  expect(existsSync(join(dir, 'dist'))).toBe(false);

  const next = fakeBuild(dir, 'third', { failAt: 'content' });
  expect(next.status).toBe(1);
  expect(next.stdout).toMatch(/restored .*dist from .*dist\.retired-\d+/);
  // The last complete site is back, whole, and nothing of the killed build is left: no staging, no lock.
  for (const page of ['content', 'astro', 'search index', 'offline'])
    expect(readFileSync(join(dir, 'dist', `${page}.html`), 'utf8')).toBe('first');
  expect(readdirSync(dir).sort()).toEqual(['dist', 'log']);
});

it('a build killed mid-step leaves nothing behind once the next build has run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  expect(fakeBuild(dir, 'first').status).toBe(0);
  const running = spawn(process.execPath, [
    'tests/support/fake-build.ts',
    join(dir, 'dist'),
    join(dir, 'lock'),
    join(dir, 'log'),
    'killed',
  ]);
  // Killed once its second step has started writing (its staging folder and the lock exist).
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      if (existsSync(join(dir, 'log')) && readFileSync(join(dir, 'log'), 'utf8').includes('killed astro')) {
        clearInterval(poll);
        done();
      }
    }, 20);
  });
  running.kill('SIGKILL');
  await new Promise((done) => running.on('exit', done));
  await new Promise((done) => setTimeout(done, 400)); // the orphaned step finishes writing into the staging folder
  expect(readdirSync(dir).some((e) => e.startsWith('dist.staging-'))).toBe(true);
  expect(existsSync(join(dir, 'lock'))).toBe(true);

  expect(fakeBuild(dir, 'next').status).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(['dist', 'log']);
});

it('content killed between the renames of content/records/ does not stop the next run', () => {
  // A copy of the inputs, so the crash happens in a real content/ folder with its layout check.
  const root = mkdtempSync(join(tmpdir(), 'edition-'));
  for (const folder of ['seeds', 'content']) cpSync(folder, join(root, folder), { recursive: true, filter: (p) => !p.includes('records') });
  const { RECORDS_DIR: _records, SEEDS_DIR: _seeds, ...env } = process.env;
  const content = (crash = false) =>
    spawnSync(process.execPath, [...(crash ? CRASH : []), resolve('scripts/content.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, CRASH_SWAP: crash ? join(root, 'content/records') : '' },
    });
  expect(content().status).toBe(0);
  expect(content(true).signal).toBe('SIGKILL');
  expect(existsSync(join(root, 'content/records'))).toBe(false);

  const next = content();
  expect(next.stderr).toBe('');
  expect(next.status).toBe(0);
  expect(readdirSync(join(root, 'content')).filter((e) => e.startsWith('records'))).toEqual(['records']);
  expect(readdirSync(join(root, 'content/records'))).toEqual(['trade-2019.json']);
});
