/**
 * The e-book edition of every frozen release, as kept (never rebuilt here):
 * epubcheck (the W3C's EPUB validator, Debian package `epubcheck`, which
 * .ci/run installs) finds nothing, the mimetype is its first entry and
 * stored, and every unit is an anchor with its Chinese and English each
 * tagged with its language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { frozenReleases, headingIds, unitsOf } from '../support/frozen-books.ts';

/** The epubcheck jar: Debian installs it as /usr/bin/epubcheck, a link to the jar, run here with java. */
function epubcheckJar(): string {
  const bin = '/usr/bin/epubcheck';
  if (!existsSync(bin)) throw new Error('epubcheck is not installed: apt-get install -y epubcheck (as .ci/run does)');
  return realpathSync(bin);
}

/** epubcheck's verdict: its summary line, and the messages when it found any. */
function epubcheck(path: string): { ok: boolean; report: string } {
  try {
    const out = execFileSync('java', ['-jar', epubcheckJar(), path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: out.includes('No errors or warnings detected'), report: out };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, report: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const releases = frozenReleases();

describe.each(releases.map((r) => [`${r.slug} release ${r.n}`, r] as const))('%s', (_, release) => {
  it('keeps its EPUB', () => {
    expect(existsSync(release.epub), `${release.epub} is missing: run npm run release -- --books ${release.n}`).toBe(true);
  });

  it('passes epubcheck with no error or warning', () => {
    const { ok, report } = epubcheck(release.epub);
    expect(ok, report).toBe(true);
  }, 180_000);

  it('starts with the mimetype, stored, and anchors every unit with its languages tagged', () => {
    const bytes = readFileSync(release.epub);
    // The local header of the first entry: name at offset 30, compression method (0 = stored) at offset 8.
    const nameLength = bytes.readUInt16LE(26);
    expect(bytes.subarray(30, 30 + nameLength).toString('utf8')).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    const files = unzipSync(new Uint8Array(bytes));
    const text = (name: string): string => {
      const body = files[name];
      if (!body) throw new Error(`${release.epub} holds no ${name}`);
      return strFromU8(body);
    };
    expect(text('mimetype')).toBe('application/epub+zip');
    const xhtml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, body]) => strFromU8(body))
      .join('\n');
    const missing = unitsOf(release.json).filter((u) => {
      const at = xhtml.indexOf(`<div class="unit" id="${u.id}">`);
      if (at === -1) return true;
      const block = xhtml.slice(at, xhtml.indexOf('</div>', at));
      return !block.includes('lang="zh-CN" xml:lang="zh-CN"') || (u.en !== undefined && !block.includes('lang="en" xml:lang="en"'));
    });
    expect(missing.map((u) => u.id)).toEqual([]);
    const nav = text('EPUB/nav.xhtml');
    expect(headingIds(release.json).filter((id) => !nav.includes(`#${id}"`))).toEqual([]);
  });
});
