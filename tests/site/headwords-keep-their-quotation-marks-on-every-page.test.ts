/**
 * A headword with quotation marks inside it ("China Services" national brand) once lost its opening mark wherever
 * it was printed, because the quotes around whole headwords were stripped from both ends. Read back from every built
 * page, independently of the printing code: every place the quoted words stand before the rest of the headword,
 * they stand inside a pair of typographic quotes.
 */
import { describe, expect, it } from 'vitest';
import { realEdition } from '../support/content.ts';
import { builtPages, readPage } from '../support/dist.ts';

const decode = (html: string): string =>
  html
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/&#8220;|&ldquo;/g, '“')
    .replace(/&#8221;|&rdquo;/g, '”');
const pages = builtPages().map((path) => [path, decode(readPage(path))] as const);

// Entries whose English has a quoted part followed by more words, e.g. ["China Services", " national brand"].
const inner = realEdition()
  .annotations.map((a) => [a.slug, /^["“]([^"“”]+)["”](\s.+)$/.exec(a.en)] as const)
  .filter((x): x is readonly [string, RegExpExecArray] => x[1] !== null)
  .map(([slug, m]) => [slug, m[1] ?? '', m[2] ?? ''] as const);

it('finds the headwords with quotation marks inside them', () => {
  expect(inner.map(([slug]) => slug)).toContain('china-services-brand');
});

describe.each(inner)('%s', (slug, quoted, rest) => {
  const printed = `“${quoted}”${rest}`;
  it.each(['en', 'zh'])('heads its %s term page with both quotation marks', (lang) => {
    const page = pages.find(([path]) => path === `/${lang}/trade-2019/terms/${slug}/`)?.[1] ?? '';
    expect(/<title>([^<]*)<\/title>/.exec(page)?.[1]).toContain(printed);
  });
  it('never loses a quotation mark on any page', () => {
    const broken = pages
      .filter(([, text]) => {
        for (const close of ['"', '”']) {
          let at = text.indexOf(`${quoted}${close}${rest}`);
          while (at >= 0) {
            if (text[at - 1] !== '“' || close !== '”') return true;
            at = text.indexOf(`${quoted}${close}${rest}`, at + 1);
          }
        }
        return false;
      })
      .map(([path]) => path);
    expect(broken).toEqual([]);
  });
});
