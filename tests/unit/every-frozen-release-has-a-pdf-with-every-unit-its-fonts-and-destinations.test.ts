/**
 * The printed edition of every frozen release, as kept (never rebuilt here):
 * its text holds every unit in order in both languages, it stays within its
 * page budget, every font is embedded (the CJK ones as subsets), every unit
 * ID is a named destination, and its bookmarks reach every part and measure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { frozenReleases, headingIds, unitsOf, type FrozenUnit } from '../support/frozen-books.ts';

/** Pages the whole book may take: it took 39 when first set (title, contents, 8 parts, glossary). */
const PAGE_BUDGET = { min: 25, max: 50 };

const squeeze = (s: string): string => s.replace(/\s+/g, '');

async function open(path: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
}

async function textOf(pdf: PDFDocumentProxy): Promise<string> {
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return squeeze(pages.join(''));
}

/** The first unit whose Chinese or English is not found after the one before it, or undefined. */
function firstOutOfOrder(text: string, units: readonly FrozenUnit[]): string | undefined {
  let at = 0;
  for (const u of units) {
    for (const [lang, s] of [
      ['zh', u.zh],
      ['en', u.en],
    ] as const) {
      if (s === undefined) continue;
      const found = text.indexOf(squeeze(s), at);
      if (found === -1) return `${u.id} (${lang}): "${s.slice(0, 60)}…" not found after the unit before it`;
      at = found + squeeze(s).length;
    }
  }
  return undefined;
}

const releases = frozenReleases();

it('finds the frozen releases', () => {
  expect(releases.length).toBeGreaterThan(0);
});

it('finds a unit missing or out of order (the check itself)', () => {
  const units = [
    { id: 'a', zh: '甲', en: 'one' },
    { id: 'b', zh: '乙', en: 'two' },
  ];
  expect(firstOutOfOrder('甲one乙two', units)).toBeUndefined();
  expect(firstOutOfOrder('乙two甲one', units)).toMatch(/^b \(zh\)/);
  expect(firstOutOfOrder('甲one乙', units)).toMatch(/^b \(en\)/);
});

describe.each(releases.map((r) => [`${r.slug} release ${r.n}`, r] as const))('%s', (_, release) => {
  it('keeps its PDF', () => {
    expect(existsSync(release.pdf), `${release.pdf} is missing: run npm run release -- --books ${release.n}`).toBe(true);
  });

  it('holds every unit in order, in Chinese and in English, within its page budget', async () => {
    const pdf = await open(release.pdf);
    expect(pdf.numPages).toBeGreaterThanOrEqual(PAGE_BUDGET.min);
    expect(pdf.numPages).toBeLessThanOrEqual(PAGE_BUDGET.max);
    const units = unitsOf(release.json);
    expect(units.length).toBeGreaterThan(100);
    expect(firstOutOfOrder(await textOf(pdf), units)).toBeUndefined();
  });

  it('has a named destination for every unit and every part and measure heading', async () => {
    const pdf = await open(release.pdf);
    const destinations = new Set(Object.keys(await pdf.getDestinations()));
    const wanted = [...unitsOf(release.json).map((u) => u.id), ...headingIds(release.json)];
    expect(wanted.filter((id) => !destinations.has(id))).toEqual([]);
  });

  it('has a bookmark for every part, holding a bookmark for each of its measures', async () => {
    const pdf = await open(release.pdf);
    const outline = (await pdf.getOutline()) ?? [];
    for (const part of release.json.parts) {
      const heading = part.heading.en ?? part.heading.text;
      const mark = outline.find((o) => o.title.includes(part.heading.text) && o.title.includes(heading));
      expect(mark, `no bookmark for part ${part.n}`).toBeDefined();
      expect(mark?.items.length).toBe(part.measures.length);
    }
  });

  it('embeds every font, the Chinese ones as subsets', () => {
    // pdffonts (poppler-utils) reads the font dictionaries; .ci/run installs it.
    const out = execFileSync('pdffonts', [release.pdf], { encoding: 'utf8' });
    const rows = out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name type… encoding emb sub uni object ID: the three yes/no columns precede the object number.
      const [emb, sub] = row.trim().split(/\s+/).slice(-5, -3);
      expect(emb, `not embedded: ${row}`).toBe('yes');
      if (row.includes('SC')) expect(sub, `not subset: ${row}`).toBe('yes');
    }
    expect(rows.some((r) => r.includes('NotoSerifSC'))).toBe(true);
  });
});
