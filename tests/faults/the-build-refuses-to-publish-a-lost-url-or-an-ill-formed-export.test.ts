/**
 * A deploy runs only `npm run build`, so what the tests would catch must stop the build: its last step
 * (scripts/publish-check.ts) refuses a site that lost a URL of the manifest or holds an ill-formed XML file,
 * before the site replaces dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { STEPS } from '../../scripts/build.ts';
import { writeTinySite } from '../support/site-fixture.ts';

const AKN = '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso><p>Advance the building.</p></akomaNtoso>\n';

function check(files: Record<string, string>, manifest: readonly string[]) {
  const site = writeTinySite(files);
  const list = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'url-manifest.txt');
  writeFileSync(list, `${manifest.join('\n')}\n`);
  return spawnSync(process.execPath, ['scripts/publish-check.ts', '--site', site, '--manifest', list], { encoding: 'utf8' });
}

const MANIFEST = ['/', '/404.html', '/data/doc.akn.xml', '/en/'];

it('passes a site that builds every manifest URL and well-formed XML', () => {
  const run = check({ 'data/doc.akn.xml': AKN }, MANIFEST);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

it('refuses a site that lost a URL of the manifest, naming it', () => {
  const run = check({ 'data/doc.akn.xml': AKN }, [...MANIFEST, '/data/releases/1/doc.csv', '/en/doc/changes/']);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('publish check: 2 problem(s) in the built site');
  expect(run.stderr).toContain(
    'every URL ever published is still built: /data/releases/1/doc.csv: in tests/url-manifest.txt but not built',
  );
  expect(run.stderr).toContain('/en/doc/changes/: in tests/url-manifest.txt but not built');
});

it.each([
  ['a control character', AKN.replace('Advance', 'Advance \u0001'), 'character U+0001 is not allowed in XML 1.0'],
  ['a noncharacter', AKN.replace('Advance', 'Advance \uFFFE'), 'character U+FFFE is not allowed in XML 1.0'],
  ['an unclosed element', AKN.replace('</akomaNtoso>', ''), 'not well-formed XML'],
])('refuses an XML export holding %s, naming the file', (_case, xml, message) => {
  const run = check({ 'data/doc.akn.xml': xml }, MANIFEST);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('every XML file is well-formed: /data/doc.akn.xml: ');
  expect(run.stderr).toContain(message);
});

it('checks a scratch edition (URL_MANIFEST=none) for its exports only, not for the URLs of this repository', () => {
  const site = writeTinySite({ 'data/doc.akn.xml': AKN.replace('</akomaNtoso>', '') });
  const run = spawnSync(process.execPath, ['scripts/publish-check.ts', '--site', site], {
    encoding: 'utf8',
    env: { ...process.env, URL_MANIFEST: 'none' },
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('publish check: 1 problem(s)');
  expect(run.stderr).toContain('every XML file is well-formed: /data/doc.akn.xml');
});

it('is the last step of the build, run on the staging folder before it replaces dist/', () => {
  expect(STEPS.at(-1)?.name).toBe('publish check');
  expect(STEPS.at(-1)?.args('dist.staging-1')).toEqual(['scripts/publish-check.ts', '--site', 'dist.staging-1']);
});

it.skipIf(!existsSync('dist/index.html'))('passes the built site', () => {
  const run = spawnSync(process.execPath, ['scripts/publish-check.ts', '--site', 'dist'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
