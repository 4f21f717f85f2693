/**
 * Each export of the annotation layer, read back on its own terms, gives back
 * what the records hold: every anchor of every entry (unit, first and last
 * token) and, in TEI, every unit's text and tokens in both languages. The
 * English spans must be the same in all three, and each must be the words it
 * claims to be in the unit's English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Export } from '../../src/lib/export/json.ts';
import { readRecords } from '../../src/lib/records/read.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { sentenceHref } from '../../src/lib/urls/routes.ts';
import { descendants, parseXml, xmlText } from '../../src/lib/export/xml-tree.ts';

const dist = inject('distDir');
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');
const [edition] = readRecords().filter((e) => e.document.slug === 'trade-2019');
if (!edition) throw new Error('no trade-2019 records');
const units = allSentences(edition);
const byId = new Map(units.map((s) => [s.id, s]));

/** An anchor as `slug unit first-last`, with its English span as `start-end` when there is one. */
type Anchors = Map<string, string | undefined>;
const key = (slug: string, unit: string, first: number, last: number): string => `${slug} ${unit} ${first}-${last}`;

/** What the records say: every occurrence of every entry. */
const expected = new Set(edition.annotations.flatMap((a) => a.occurrences.map((o) => key(a.slug, o.sentence, o.start, o.end - 1))));

/** Every English span names the words it claims, in the unit's English. */
function checkSpans(anchors: Anchors, text: (k: string, start: number, end: number) => string | undefined): void {
  for (const [k, span] of anchors) {
    if (span === undefined) continue;
    const [start, end] = span.split('-').map(Number);
    const unit = k.split(' ')[1] ?? '';
    expect(byId.get(unit)?.en?.slice(start, end), k).toBe(text(k, start ?? 0, end ?? 0));
  }
}

const json = JSON.parse(read('data/trade-2019.json')) as Export;
const fromJson: Anchors = new Map(
  json.annotations.flatMap((a) =>
    a.anchors.map((x) => [key(a.slug, x.unit, x.first, x.last), x.en ? `${x.en.start}-${x.en.end}` : undefined] as const),
  ),
);

describe('the JSON export', () => {
  it('gives back every anchor', () => {
    expect(new Set(fromJson.keys())).toEqual(expected);
  });

  it('gives each English span with the words it covers', () => {
    const texts = new Map(json.annotations.flatMap((a) => a.anchors.map((x) => [key(a.slug, x.unit, x.first, x.last), x.en?.text])));
    checkSpans(fromJson, (k) => texts.get(k));
  });
});

describe('the Web Annotation export', () => {
  interface Selector {
    type: string;
    value?: string;
    exact?: string;
    start?: number;
    end?: number;
  }
  interface Item {
    id: string;
    motivation: string;
    target: ({ source: string; selector: Selector[] } | string)[];
  }
  interface Page {
    items: Item[];
    next?: Page;
  }
  const doc = JSON.parse(read('data/trade-2019.annotations.jsonld')) as { first: Page };
  const items: Item[] = [];
  for (let page: Page | undefined = doc.first; page; page = page.next) items.push(...page.items);
  const unitAt = new Map(units.map((s) => [sentenceHref('zh', edition.document.slug, s.id), s.id]));

  const anchors: Anchors = new Map();
  const quotes = new Map<string, string | undefined>();
  for (const a of items.filter((x) => x.motivation !== 'linking')) {
    const [zh, en] = a.target;
    if (typeof zh !== 'object') throw new Error(`${a.id} has no Chinese target`);
    const url = new URL(zh.source);
    const unit = unitAt.get(`${url.pathname}${url.hash}`) ?? `? ${zh.source}`;
    const [, first, last] = /^tokens=(\d+)-(\d+)$/.exec(zh.selector.find((s) => s.type === 'FragmentSelector')?.value ?? '') ?? [];
    const slug = new URL(a.id).hash.slice(1).replace(/-\d+$/, '');
    const position = typeof en === 'object' ? en.selector.find((s) => s.type === 'TextPositionSelector') : undefined;
    const k = key(slug, unit, Number(first), Number(last));
    anchors.set(k, position ? `${position.start ?? '?'}-${position.end ?? '?'}` : undefined);
    quotes.set(k, typeof en === 'object' ? en.selector.find((s) => s.type === 'TextQuoteSelector')?.exact : undefined);
  }

  it('gives back every anchor, with the English spans of the JSON', () => {
    expect(new Set(anchors.keys())).toEqual(expected);
    expect(anchors).toEqual(fromJson);
  });

  it('quotes the English words each span covers', () => {
    checkSpans(anchors, (k) => quotes.get(k));
  });
});

describe('the TEI export', () => {
  const tei = parseXml(read('data/trade-2019.tei.xml'));
  const elements = descendants(tei);
  const withId = new Map(elements.filter((e) => e.attrs['xml:id']).map((e) => [e.attrs['xml:id'] ?? '', e]));

  it.each(['zh', 'en'] as const)('gives back every unit’s %s text', (lang) => {
    for (const s of units) {
      const text = lang === 'zh' ? s.text : s.en;
      const element = withId.get(`${lang}.${s.id}`);
      expect(element && xmlText(element), `${lang}.${s.id}`).toBe(text);
    }
  });

  it('gives back every Chinese unit’s tokens, each with its own xml:id', () => {
    for (const s of units) {
      const tokens = descendants(withId.get(`zh.${s.id}`) ?? tei).filter((e) => e.name === 'w' || e.name === 'pc');
      expect(tokens.map(xmlText), s.id).toEqual(s.tokens);
      expect(tokens.map((e) => e.attrs['xml:id'])).toEqual(s.tokens.map((_, k) => `zh.${s.id}.t${k}`));
    }
  });

  it('aligns every translated unit with its Chinese', () => {
    const links = elements.filter((e) => e.name === 'link').map((e) => e.attrs.target);
    expect(links).toEqual(units.filter((s) => s.en).map((s) => `#zh.${s.id} #en.${s.id}`));
  });

  it('gives back every anchor from the annotations’ targets, with the English spans of the JSON', () => {
    const anchors: Anchors = new Map();
    for (const a of elements.filter((e) => e.name === 'annotation')) {
      const slug = (a.attrs['xml:id'] ?? '').replace(/^ann\./, '').replace(/\.\d+$/, '');
      const pointers = (a.attrs.target ?? '').split(' ');
      const tokens = pointers.flatMap((p) => /^#zh\.(.+)\.t(\d+)$/.exec(p)?.slice(1) ?? []);
      const unit = tokens[0] ?? '?';
      const indexes = tokens.filter((_, i) => i % 2 === 1).map(Number);
      const range = pointers.map((p) => /^#string-range\(id\('en\.(.+)'\),(\d+),(\d+)\)$/.exec(p)).find((m) => m);
      expect(range?.[1] ?? unit, `${slug}: the English range is in its unit`).toBe(unit);
      const span = range ? `${range[2]}-${Number(range[2]) + Number(range[3])}` : undefined;
      anchors.set(key(slug, unit, Math.min(...indexes), Math.max(...indexes)), span);
      // Each points at its termbase entry, which is in the file.
      const entry = elements.find((e) => e.name === 'ptr' && e.attrs.target === `#term.${slug}`);
      expect(entry && withId.has(`term.${slug}`), slug).toBe(true);
    }
    expect(new Set(anchors.keys())).toEqual(expected);
    expect(anchors).toEqual(fromJson);
  });

  it('lists every termbase entry and every theme, and files each measure under its themes', () => {
    expect(elements.filter((e) => e.name === 'entry').map((e) => e.attrs['xml:id'])).toEqual(
      edition.annotations.map((a) => `term.${a.slug}`),
    );
    for (const theme of edition.themes) {
      expect(withId.get(`theme.${theme.slug}`)?.name).toBe('category');
      for (const n of theme.measures)
        for (const lang of ['zh', 'en']) expect(withId.get(`${lang}.m${n}`)?.attrs.ana).toContain(`#theme.${theme.slug}`);
    }
  });
});
