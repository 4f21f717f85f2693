/**
 * The e-book edition: one bilingual EPUB 3 of a release, with navigation by
 * part and measure, every unit's ID as its anchor, every text tagged with its
 * language, the glossary, and the accessibility metadata EPUB Accessibility
 * asks for. The XHTML is built as hast trees and serialised once; the
 * container is zipped by fflate, the mimetype first and stored. Pure.
 */
import { createHash } from 'node:crypto';
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { HTML_LANG, t, type Lang, type StringKey } from '../../i18n/index.ts';
import { citeDate } from '../cite/plain.ts';
import { editionName } from '../cite/edition.ts';
import { escapeAttr } from '../export/xml.ts';
import type { Book, BookHeading, BookPart, BookUnit, GlossaryEntry } from './book.ts';

const ZH = HTML_LANG.zh;
const EN = HTML_LANG.en;
const XHTML = 'http://www.w3.org/1999/xhtml';
const OPS = 'http://www.idpf.org/2007/ops';

/** Attributes tagging an element with its language for both HTML and XML readers. */
const inLang = (lang: string) => ({ lang, 'xml:lang': lang });

function pair(tag: string, zh: string, en: string): Element[] {
  return [h(`${tag}.zh`, inLang(ZH), zh), h(`${tag}.en`, inLang(EN), en)];
}

function words(key: StringKey, values: Record<string, string | number> = {}): Element[] {
  return pair('p', t('zh', key, values), t('en', key, values));
}

function xhtml(title: string, body: ElementContent[], type?: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { xmlns: XHTML, 'xmlns:epub': OPS, ...inLang(ZH) }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', href: 'book.css' })]),
        h('body', type ? { 'epub:type': type } : {}, [h('main', body)]),
      ]),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(tree, { closeSelfClosing: true, upperDoctype: true })}\n`;
}

function unitBlock(u: BookUnit): Element {
  return h('div.unit', { id: u.id }, [
    h('p.uid', u.id),
    h('p.zh', inLang(ZH), u.zh),
    u.en === undefined ? h('p.en.pending', inLang(EN), t('en', 'translationPending')) : h('p.en', inLang(EN), u.en),
  ]);
}

function heading(tag: 'h1' | 'h2', x: BookHeading): Element {
  return h(tag, { id: x.id }, [h('span.zh', inLang(ZH), x.zh), ' ', h('span.en', inLang(EN), x.en)]);
}

function headingText(x: BookHeading): ElementContent[] {
  return [h('span', inLang(ZH), x.zh), { type: 'text', value: ' ' }, h('span', inLang(EN), x.en)];
}

const partFile = (p: Pick<BookPart, 'n'>): string => `part-${p.n}.xhtml`;

function titlePage(book: Book): string {
  const r = book.release;
  const release = (lang: Lang): string => t(lang, 'bookRelease', { n: r.n, date: citeDate(lang, r.date) });
  const url = book.permanent.epub;
  return xhtml(
    book.title.full,
    [
      h('section.title-page', { 'epub:type': 'titlepage' }, [
        h('p.issuers', pair('span', book.issuers.map((i) => i.zh).join(' '), book.issuers.map((i) => i.en).join(' · '))),
        h('h1', pair('span', book.title.zh, book.title.en)),
        h('p.date', pair('span', citeDate('zh', book.date), citeDate('en', book.date))),
        h('p.name', pair('span', editionName('zh'), editionName('en'))),
        h(
          'p',
          pair(
            'span',
            t('zh', 'bookTranslation', { translator: book.translator.zh }),
            t('en', 'bookTranslation', { translator: book.translator.en }),
          ),
        ),
        h('p', pair('span', release('zh'), release('en'))),
        h('p', [...pair('span', book.licence.zh, book.licence.en), h('a', { href: book.licence.url }, book.licence.url)]),
        h('p', [
          ...pair('span', t('zh', 'bookPermanent'), t('en', 'bookPermanent')),
          /^https?:/.test(url) ? h('a', { href: url }, url) : h('code', url),
        ]),
      ]),
      h('section.colophon', { 'epub:type': 'colophon', role: 'doc-colophon', 'aria-label': 'Colophon' }, [
        ...words('unofficialNote'),
        ...words('licenceNote'),
      ]),
    ],
    'frontmatter',
  );
}

function textPage(book: Book): string {
  const preamble = { id: 'preamble', zh: t('zh', 'preamble'), en: t('en', 'preamble') };
  return xhtml(
    `${preamble.zh} ${preamble.en}`,
    // The document's own head (issuers, title, date line), then the preamble under its heading.
    [...book.front.map(unitBlock), h('section', { 'epub:type': 'preamble' }, [heading('h1', preamble), ...book.preamble.map(unitBlock)])],
    'bodymatter',
  );
}

function partPage(p: BookPart): string {
  return xhtml(`${p.zh} ${p.en}`, [
    h('section', { 'epub:type': 'part', role: 'doc-part', 'aria-labelledby': p.id }, [
      heading('h1', p),
      ...p.units.map(unitBlock),
      ...p.measures.map((m) =>
        h('section', { 'epub:type': 'chapter', role: 'doc-chapter', 'aria-labelledby': m.id }, [
          heading('h2', m),
          ...m.units.map(unitBlock),
        ]),
      ),
    ]),
  ]);
}

function glossaryEntry(g: GlossaryEntry): ElementContent[] {
  return [
    h('dt', { id: `term-${g.slug}` }, [
      h('dfn', inLang(ZH), g.zh),
      ' ',
      h('span.pinyin', inLang('zh-Latn-pinyin'), g.pinyin),
      ' ',
      h('dfn', inLang(EN), g.en),
    ]),
    h('dd', [h('p', inLang(ZH), g.gloss.zh), h('p', inLang(EN), g.gloss.en)]),
  ];
}

function glossaryPage(book: Book): string {
  const x = { id: 'glossary', zh: t('zh', 'glossary'), en: t('en', 'glossary') };
  return xhtml(
    `${x.zh} ${x.en}`,
    [
      h('section', { 'epub:type': 'glossary', role: 'doc-glossary', 'aria-labelledby': 'glossary' }, [
        heading('h1', x),
        ...pair(
          'p',
          t('zh', 'bookGlossaryLead', { date: citeDate('zh', book.made) }),
          t('en', 'bookGlossaryLead', { date: citeDate('en', book.made) }),
        ),
        h('dl', book.glossary.flatMap(glossaryEntry)),
      ]),
    ],
    'backmatter',
  );
}

function navPage(book: Book): string {
  const contents = { zh: t('zh', 'contents'), en: t('en', 'contents') };
  const item = (href: string, x: BookHeading, children: Element[] = []): Element =>
    h('li', [h('a', { href }, headingText(x)), ...(children.length > 0 ? [h('ol', children)] : [])]);
  return xhtml(`${contents.zh} ${contents.en}`, [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-title' }, [
      h('h1', { id: 'toc-title' }, [h('span', inLang(ZH), contents.zh), ' ', h('span', inLang(EN), contents.en)]),
      h('ol', [
        item('text.xhtml#preamble', { id: 'preamble', zh: t('zh', 'preamble'), en: t('en', 'preamble') }),
        ...book.parts.map((p) =>
          item(
            `${partFile(p)}#${p.id}`,
            p,
            p.measures.map((m) => item(`${partFile(p)}#${m.id}`, m)),
          ),
        ),
        item('glossary.xhtml#glossary', { id: 'glossary', zh: t('zh', 'glossary'), en: t('en', 'glossary') }),
      ]),
    ]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', 'aria-label': 'Landmarks' }, [
      h('ol', [
        h('li', [h('a', { 'epub:type': 'titlepage', href: 'title.xhtml' }, book.title.zh)]),
        h('li', [h('a', { 'epub:type': 'toc', href: 'nav.xhtml#toc' }, contents.zh)]),
        h('li', [h('a', { 'epub:type': 'bodymatter', href: 'text.xhtml' }, t('zh', 'preamble'))]),
        h('li', [h('a', { 'epub:type': 'glossary', href: 'glossary.xhtml' }, t('zh', 'glossary'))]),
      ]),
    ]),
  ]);
}

const EPUB_CSS = `#landmarks { display: none; }
nav ol { list-style: none; padding-left: 1.2em; }
body { font-family: serif; line-height: 1.6; margin: 0 1em; }
:lang(zh-CN) { font-family: "Noto Serif SC", "Source Han Serif SC", "Songti SC", serif; }
h1 { font-size: 1.4em; margin: 1em 0; }
h2 { font-size: 1.15em; margin: 1.5em 0 0.6em; }
h1 .en, h2 .en { display: block; font-weight: normal; font-size: 0.9em; }
.unit { margin: 0 0 1em; }
.unit p { margin: 0; }
.unit .uid { font-size: 0.75em; color: #555; font-family: sans-serif; }
.unit .en { margin-top: 0.25em; }
.pending { font-style: italic; }
.title-page { text-align: center; }
.title-page span { display: block; }
.title-page p { margin: 1em 0; }
.colophon { margin-top: 3em; font-size: 0.9em; }
dt { margin-top: 1em; font-weight: bold; }
dt dfn { font-style: normal; }
dt .pinyin { font-weight: normal; font-style: italic; }
dd { margin: 0.2em 0 0 1em; }
dd p { margin: 0; }
`;

/** A stable identifier for a release's e-book: a name-based UUID of the document and release. */
function bookIdentifier(book: Book): string {
  const hex = createHash('sha256').update(`${book.slug} release ${book.release.n}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function packageOpf(book: Book, spine: readonly { id: string; href: string }[]): string {
  const meta = (property: string, value: string): string => `    <meta property="${property}">${escapeAttr(value)}</meta>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${ZH}">`,
    '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `    <dc:identifier id="book-id">${bookIdentifier(book)}</dc:identifier>`,
    `    <dc:title id="title-zh">${escapeAttr(book.title.full)}</dc:title>`,
    `    <dc:title id="title-en" xml:lang="${EN}">${escapeAttr(`${book.title.en} · ${editionName('en')} · ${t('en', 'releaseHeading', { n: book.release.n })}`)}</dc:title>`,
    `    <dc:language>${ZH}</dc:language>`,
    `    <dc:language>${EN}</dc:language>`,
    ...book.issuers.map((i, k) => `    <dc:creator id="issuer-${k + 1}">${escapeAttr(i.zh)}</dc:creator>`),
    `    <dc:contributor id="translator" xml:lang="${EN}">${escapeAttr(book.translator.en)}</dc:contributor>`,
    '    <meta refines="#translator" property="role" scheme="marc:relators">trl</meta>',
    `    <dc:date>${book.release.date}</dc:date>`,
    `    <dc:rights xml:lang="${EN}">${escapeAttr(`${book.licence.en}, ${book.licence.url}. ${t('en', 'licenceNote')}`)}</dc:rights>`,
    meta('dcterms:modified', `${book.made}T00:00:00Z`),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessModeSufficient', 'textual'),
    meta('schema:accessibilityFeature', 'structuralNavigation'),
    meta('schema:accessibilityFeature', 'tableOfContents'),
    meta('schema:accessibilityFeature', 'readingOrder'),
    meta('schema:accessibilityHazard', 'none'),
    meta(
      'schema:accessibilitySummary',
      'Text only: the Chinese and English of every sentence in reading order, each language marked, with headings for every part and measure, a table of contents and a glossary.',
    ),
    '  </metadata>',
    '  <manifest>',
    '    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '    <item id="css" href="book.css" media-type="text/css"/>',
    ...spine.map((s) => `    <item id="${s.id}" href="${s.href}" media-type="application/xhtml+xml"/>`),
    '  </manifest>',
    '  <spine>',
    '    <itemref idref="title"/>',
    '    <itemref idref="nav"/>',
    ...spine.filter((s) => s.id !== 'title').map((s) => `    <itemref idref="${s.id}"/>`),
    '  </spine>',
    '</package>',
    '',
  ];
  return lines.join('\n');
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The files of the e-book, path → text, in the order they are zipped (mimetype first). */
export function epubFiles(book: Book): Map<string, string> {
  const pages: { id: string; href: string; body: string }[] = [
    { id: 'title', href: 'title.xhtml', body: titlePage(book) },
    { id: 'text', href: 'text.xhtml', body: textPage(book) },
    ...book.parts.map((p) => ({ id: `part-${p.n}`, href: partFile(p), body: partPage(p) })),
    { id: 'glossary', href: 'glossary.xhtml', body: glossaryPage(book) },
  ];
  return new Map([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', CONTAINER],
    ['EPUB/package.opf', packageOpf(book, pages)],
    ['EPUB/nav.xhtml', navPage(book)],
    ['EPUB/book.css', EPUB_CSS],
    ...pages.map((p): [string, string] => [`EPUB/${p.href}`, p.body]),
  ]);
}

/** The EPUB's bytes: the mimetype stored first, the rest deflated, every entry dated `made` (so one book zips one way). */
export function epubOf(book: Book): Uint8Array {
  const mtime = new Date(`${book.made}T00:00:00Z`);
  const zippable: Zippable = {};
  for (const [path, text] of epubFiles(book)) zippable[path] = [strToU8(text), { level: path === 'mimetype' ? 0 : 9, mtime }];
  return zipSync(zippable);
}
