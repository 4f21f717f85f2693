/**
 * The printed edition as one HTML document for Paged.js to paginate: title
 * page and its verso, contents (page numbers by target-counter), the
 * preamble, each part and its measures with the Chinese and English of
 * every unit side by side and its ID in the margin, and the glossary.
 * Headings are real h1/h2 (the PDF's bookmarks are made from them); each
 * unit's ID links to itself, which makes Chromium write a named destination
 * for it (…pdf#m14.s2). Built as a hast tree and serialised once. Pure.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { HTML_LANG, t, type Lang, type StringKey } from '../../i18n/index.ts';
import { citeDate } from '../cite/plain.ts';
import { editionName } from '../cite/edition.ts';
import type { Book, BookHeading, BookUnit, GlossaryEntry } from './book.ts';

const ZH = HTML_LANG.zh;
const EN = HTML_LANG.en;

/** A pair of spans, Chinese then English, each tagged with its language. */
function both(zh: string, en: string, tag = 'span'): Element[] {
  return [h(`${tag}.zh`, { lang: ZH }, zh), h(`${tag}.en`, { lang: EN }, en)];
}

function words(key: StringKey, values: Record<string, string | number> = {}): Element[] {
  return both(t('zh', key, values), t('en', key, values), 'p');
}

function unitRow(u: BookUnit, className = 'unit'): Element {
  return h(`div.${className}`, { id: u.id }, [
    h('a.uid', { href: `#${u.id}` }, u.id),
    h('p.zh', { lang: ZH }, u.zh),
    u.en === undefined ? h('p.en.pending', { lang: EN }, t('en', 'translationPending')) : h('p.en', { lang: EN }, u.en),
  ]);
}

/** A heading; `data-head` is its running head (a part's is given in Chinese only, to fit beside its measure's). */
function heading(tag: 'h1' | 'h2', className: string, x: BookHeading, head = `${x.zh} · ${x.en}`): Element {
  // The space stays in the text (the PDF's bookmark reads it); the English goes on its own line by CSS.
  return h(`${tag}.${className}`, { id: x.id, dataHead: head, ariaLabel: `${x.zh} ${x.en}` }, [
    h('span.zh', { lang: ZH }, x.zh),
    h('span.sep', ' '),
    h('span.en', { lang: EN }, x.en),
  ]);
}

function tocEntry(x: BookHeading, className: string): Element {
  return h(`li.${className}`, [h('a', { href: `#${x.id}` }, [h('span.zh', { lang: ZH }, x.zh), ' ', h('span.en', { lang: EN }, x.en)])]);
}

function titlePage(book: Book): Element[] {
  const r = book.release;
  const release = (lang: Lang): string => t(lang, 'bookRelease', { n: r.n, date: citeDate(lang, r.date) });
  return [
    h('section.title-page', [
      h('p.issuers', [
        h('span.zh', { lang: ZH }, book.issuers.map((i) => i.zh).join('  ')),
        h('span.en', { lang: EN }, book.issuers.map((i) => i.en).join(' · ')),
      ]),
      // The one heading of the title page: the document's bookmark.
      h('h1.doc-title', { id: 'book-title' }, [
        h('span.zh', { lang: ZH }, book.title.zh),
        h('span.sep', ' '),
        h('span.en', { lang: EN }, book.title.en),
      ]),
      h('p.date', both(citeDate('zh', book.date), citeDate('en', book.date))),
      h('div.edition', [
        h('p.name', both(editionName('zh'), editionName('en'))),
        h(
          'p.translator',
          both(
            t('zh', 'bookTranslation', { translator: book.translator.zh }),
            t('en', 'bookTranslation', { translator: book.translator.en }),
          ),
        ),
        h('p.release', both(release('zh'), release('en'))),
        h('p.licence', [...both(book.licence.zh, book.licence.en), h('span.url', h('a', { href: book.licence.url }, book.licence.url))]),
        h('p.permanent', [...both(t('zh', 'bookPermanent'), t('en', 'bookPermanent')), h('span.url', urlLink(book.permanent.pdf))]),
      ]),
    ]),
    h('section.verso', [
      h('div.note', words('unofficialNote')),
      h('div.note', words('licenceNote')),
      h('div.note', words('bookIds')),
      h('div.note', words('bookFonts')),
    ]),
  ];
}

function urlLink(url: string): Element {
  return /^https?:/.test(url) ? h('a', { href: url }, url) : h('code', url);
}

function contents(book: Book): Element {
  const preamble = { id: 'preamble', zh: t('zh', 'preamble'), en: t('en', 'preamble') };
  const glossary = { id: 'glossary', zh: t('zh', 'glossary'), en: t('en', 'glossary') };
  return h('nav.contents', { 'aria-labelledby': 'contents' }, [
    h('h1.contents-title', { id: 'contents' }, [
      h('span.zh', { lang: ZH }, t('zh', 'contents')),
      ' ',
      h('span.en', { lang: EN }, t('en', 'contents')),
    ]),
    h('ol', [
      tocEntry(preamble, 'toc-part'),
      ...book.parts.flatMap((p) => [tocEntry(p, 'toc-part'), ...p.measures.map((m) => tocEntry(m, 'toc-measure'))]),
      tocEntry(glossary, 'toc-part'),
    ]),
  ]);
}

function glossaryEntry(g: GlossaryEntry): Element {
  return h('div.entry', { id: `term-${g.slug}` }, [
    h('div.zh', { lang: ZH }, [
      h('p.term', [h('strong', g.zh), ' ', h('span.pinyin', { lang: 'zh-Latn-pinyin' }, g.pinyin)]),
      h('p.gloss', g.gloss.zh),
    ]),
    h('div.en', { lang: EN }, [h('p.term', h('strong', g.en)), h('p.gloss', g.gloss.en)]),
  ]);
}

/** The whole printed edition; `head` holds what the renderer adds (stylesheets, Paged.js). */
export function printTree(book: Book, head: readonly Element[]): Root {
  const front = book.front.map((u) => unitRow(u, 'unit front'));
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: ZH }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', `${book.title.full} · ${book.title.en} · ${t('en', 'releaseHeading', { n: book.release.n })}`),
          h('meta', { name: 'author', content: `${book.issuers.map((i) => i.zh).join('、')}; ${book.translator.en}` }),
          h('meta', { name: 'description', content: editionName('en') }),
          ...head,
        ]),
        h('body', [
          ...titlePage(book),
          contents(book),
          // The document's own head (issuers, title, date line) opens the text; the preamble follows under its heading.
          h('section.text', [
            ...front,
            heading('h1', 'preamble', { id: 'preamble', zh: t('zh', 'preamble'), en: t('en', 'preamble') }),
            h('span.reset-measure', { dataHead: '' }),
            ...book.preamble.map((u) => unitRow(u)),
          ]),
          ...book.parts.map((p) =>
            h('section.part', [
              heading('h1', 'part-title', p, p.zh),
              h('span.reset-measure', { dataHead: '' }),
              ...p.units.map((u) => unitRow(u)),
              ...p.measures.map((m) => h('section.measure', [heading('h2', 'measure-title', m), ...m.units.map((u) => unitRow(u))])),
            ]),
          ),
          h('section.glossary', [
            heading('h1', 'glossary-title', { id: 'glossary', zh: t('zh', 'glossary'), en: t('en', 'glossary') }),
            h('span.reset-measure', { dataHead: '' }),
            h(
              'div.lead',
              both(
                t('zh', 'bookGlossaryLead', { date: citeDate('zh', book.made) }),
                t('en', 'bookGlossaryLead', { date: citeDate('en', book.made) }),
                'p',
              ),
            ),
            ...book.glossary.map(glossaryEntry),
          ]),
        ]),
      ]),
    ],
  };
}

export function printHtml(book: Book, head: readonly Element[]): string {
  return toHtml(printTree(book, head));
}
