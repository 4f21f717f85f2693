/**
 * The printed edition's stylesheet, for Paged.js (CSS Paged Media: @page
 * margin boxes, string-set running heads, target-counter page numbers).
 * A4; the Chinese and English of each unit side by side, the ID in the
 * left margin.
 */
export const PRINT_CSS = `
@page {
  size: A4;
  margin: 22mm 18mm 20mm 26mm;
  @top-left { content: string(part); font-size: 7pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: string(measure); font-size: 7pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; text-align: right; }
  @bottom-center { content: counter(page); font-size: 8pt; color: #333; }
}
@page title { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page contents { @top-left { content: none; } @top-right { content: none; } }

html { font-family: 'Noto Serif', 'Noto Serif SC', serif; font-size: 9.5pt; line-height: 1.5; color: #111; }
:lang(zh-CN) { font-family: 'Noto Serif SC', serif; }
body { margin: 0; }
a { color: inherit; text-decoration: none; }
p { margin: 0; }
.url a, .url code { font-family: 'Noto Serif', serif; font-size: 8.5pt; word-break: break-all; }

.title-page, .verso { page: title; }
.title-page { break-after: page; text-align: center; padding-top: 30mm; }
.title-page .issuers .zh { display: block; font-size: 14pt; letter-spacing: 0.2em; }
.title-page .issuers .en { display: block; font-size: 9.5pt; margin-top: 2mm; color: #333; }
.title-page h1 { margin: 16mm 0 10mm; font-weight: 700; }
.title-page h1 { line-height: 1.8; }
.title-page h1 .zh { font-size: 22pt; }
.title-page h1 .en { font-size: 15pt; font-weight: 400; }
.title-page .date span { display: block; }
.title-page .edition { margin-top: 40mm; font-size: 9pt; }
.title-page .edition p { margin-bottom: 4mm; }
.title-page .edition span { display: block; }
.title-page .name .zh { font-size: 12pt; font-weight: 700; }
.title-page .name .en { font-size: 11pt; font-weight: 700; }
.verso { break-after: page; padding-top: 150mm; font-size: 8.5pt; color: #222; }
.verso .note { margin-bottom: 4mm; }
.verso .note p + p { margin-top: 1mm; }

.contents { page: contents; break-after: page; }
.contents ol { list-style: none; padding: 0; margin: 0; }
.contents li a { display: grid; grid-template-columns: 1fr 1fr 9mm; column-gap: 4mm; }
.contents li a::after { content: target-counter(attr(href url), page); text-align: right; }
.contents .toc-part { margin-top: 2.5mm; font-weight: 700; }
.contents .toc-measure { font-size: 8.5pt; }
.contents .toc-measure .zh, .contents .toc-measure .en { padding-left: 4mm; }
.contents li .en { color: #333; }

h1, h2 { margin: 0; font-weight: 700; break-after: avoid; }
h1 { font-size: 14pt; margin-bottom: 6mm; }
h1 .en, h2 .en { font-weight: 400; }
/* pre-wrap keeps the spaces where a heading breaks, which the PDF's bookmarks read from the lines. */
h1, h2 { white-space: pre-wrap; }
h1 .sep::after, h2 .sep::after { content: '\\A'; }
h1 .en { font-size: 12pt; }
h2 { font-size: 11pt; margin: 7mm 0 3mm; }
h2 .en { font-size: 10pt; }
.part, .glossary { break-before: page; }
.part-title, .preamble, .glossary-title { string-set: part attr(data-head); }
/* Paged.js keeps one string-set rule per name: the empty marker after each h1 clears the measure. */
.measure-title, .reset-measure { string-set: measure attr(data-head); }
.reset-measure { display: block; height: 0; }

/* A unit's two languages stay on one page, and no word is hyphenated: the PDF's text reads back as the text. */
.unit { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; position: relative; margin-bottom: 2.6mm; break-inside: avoid; }
.unit .zh { text-align: justify; line-height: 1.75; font-size: 10pt; }
.unit .pending { color: #777; font-style: italic; }
.unit .uid { position: absolute; left: -22mm; width: 19mm; top: 0.5mm; text-align: right; font-size: 6.5pt; color: #666; font-family: 'Noto Serif', serif; }
.unit.front .zh { font-weight: 700; }

.glossary .lead { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; margin-bottom: 5mm; color: #333; }
.glossary .entry { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; margin-bottom: 2.4mm; break-inside: avoid; font-size: 8.5pt; }
.glossary .term { margin-bottom: 0.5mm; }
.glossary .pinyin { font-family: 'Noto Serif', serif; font-style: italic; color: #333; }
.glossary .gloss { color: #222; }
`;
