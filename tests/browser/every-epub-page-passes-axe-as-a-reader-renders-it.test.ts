/**
 * The accessibility checks DAISY Ace runs on an EPUB's content documents are
 * axe-core's, in a browser. Ace itself needs an Electron or a puppeteer
 * runner the project does not install, so this runs the same axe rules on
 * every XHTML page of every frozen release's EPUB, as Chromium renders it
 * from the book's own files (no network), and asks for no violation at all.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser, withPage } from '../support/browser.ts';
import { frozenReleases } from '../support/frozen-books.ts';

const browser = useBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'epub-axe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(frozenReleases().map((r) => [`${r.slug} release ${r.n}`, r] as const))('%s', (_, release) => {
  it('has no axe violation on any page of its EPUB', async () => {
    const root = join(scratch, `${release.slug}-${release.n}`);
    const files = unzipSync(new Uint8Array(readFileSync(release.epub)));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), bytes);
    }
    const pages = Object.keys(files).filter((name) => name.endsWith('.xhtml'));
    expect(pages.length).toBeGreaterThan(3);
    await withPage(browser(), { viewport: { width: 480, height: 760 } }, async (page) => {
      for (const name of pages) {
        await page.goto(pathToFileURL(join(root, name)).href);
        expect.soft(await axeViolations(page), name).toEqual([]);
      }
    });
  }, 120_000);
});
