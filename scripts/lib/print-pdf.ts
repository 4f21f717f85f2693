/**
 * The printed edition as a PDF: the book's HTML paginated by Paged.js (a
 * kept implementation of CSS Paged Media) in the Chromium the tests drive,
 * then printed by Chromium itself, tagged, with an outline from the
 * headings. Nothing is fetched from the network: the page is served from
 * memory and node_modules through request interception, under a reserved
 * name that is never resolved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize } from 'node:path';
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../src/lib/print/book.ts';
import { PRINT_CSS } from '../../src/lib/print/print-css.ts';
import { printHtml } from '../../src/lib/print/print-html.ts';
import { launchChromium } from '../../tests/tooling/launch-chromium.ts';

const require = createRequire(import.meta.url);
const ORIGIN = 'http://book.invalid';

/** The faces the book uses: package, CSS files (weights and styles) and the family they declare. */
const FONTS = [
  { pkg: '@fontsource/noto-serif-sc', css: ['400.css', '700.css'], family: 'Noto Serif SC', faces: ['400', '700'] },
  {
    pkg: '@fontsource/noto-serif',
    css: ['400.css', '400-italic.css', '700.css'],
    family: 'Noto Serif',
    faces: ['400', 'italic 400', '700'],
  },
] as const;

/** Where a package is installed (resolved as Node would; not every package exports its package.json). */
function packageDir(pkg: string): string {
  const dir = (require.resolve.paths(pkg) ?? []).map((p) => join(p, pkg)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`the package ${pkg} is not installed (run npm install)`);
  return dir;
}

/** The @font-face rules of every face, their font URLs made absolute under ORIGIN/fonts/{pkg}/. */
function fontFaces(): string {
  return FONTS.flatMap(({ pkg, css }) =>
    css.map((file) => readFileSync(join(packageDir(pkg), file), 'utf8').replaceAll('url(./files/', `url(${ORIGIN}/fonts/${pkg}/files/`)),
  ).join('\n');
}

/** What a request under ORIGIN is answered with. */
function serve(url: string, html: string): { body: Buffer | string; contentType: string } | undefined {
  const path = new URL(url).pathname;
  if (path === '/book.html') return { body: html, contentType: 'text/html; charset=utf-8' };
  if (path === '/paged.polyfill.js')
    return { body: readFileSync(join(packageDir('pagedjs'), 'dist/paged.polyfill.js')), contentType: 'text/javascript' };
  for (const { pkg } of FONTS) {
    const prefix = `/fonts/${pkg}/files/`;
    if (path.startsWith(prefix)) {
      const name = normalize(path.slice(prefix.length));
      if (name.includes('/') || name.startsWith('.')) return undefined;
      return {
        body: readFileSync(join(packageDir(pkg), 'files', name)),
        contentType: name.endsWith('.woff2') ? 'font/woff2' : 'font/woff',
      };
    }
  }
  return undefined;
}

/** The PDF of a book. */
export async function renderPdf(book: Book): Promise<Uint8Array> {
  const head: Element[] = [h('style', fontFaces()), h('style', PRINT_CSS), h('script', { src: `${ORIGIN}/paged.polyfill.js` })];
  const html = printHtml(book, head);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      const found = url.startsWith(`${ORIGIN}/`) ? serve(url, html) : undefined;
      if (found) await route.fulfill({ status: 200, body: found.body, contentType: found.contentType });
      else {
        failures.push(`unexpected request ${url}`);
        await route.abort();
      }
    });
    await page.addInitScript(() => {
      (window as unknown as { PagedConfig: unknown }).PagedConfig = { auto: false };
    });
    await page.goto(`${ORIGIN}/book.html`, { waitUntil: 'load' });
    const faces = FONTS.flatMap(({ family, faces }) => faces.map((face) => `${face} 10pt "${family}"`));
    const pages = await page.evaluate(async (faces) => {
      // Load every subset the text needs before Paged.js measures it (the faces are split by unicode-range).
      const text = document.body.textContent;
      const loaded = await Promise.all(faces.map((f) => document.fonts.load(f, text)));
      if (loaded.some((l) => l.length === 0)) throw new Error(`a font face did not load: ${faces.join(', ')}`);
      const paged = (window as unknown as { PagedPolyfill: { preview: () => Promise<{ total: number }> } }).PagedPolyfill;
      const flow = await paged.preview();
      return flow.total;
    }, faces);
    if (failures.length > 0) throw new Error(`paginating the book failed: ${failures.join('; ')}`);
    if (pages < 2) throw new Error(`paginating the book made ${pages} page(s), expected a whole book`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
