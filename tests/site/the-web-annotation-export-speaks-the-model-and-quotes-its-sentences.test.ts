import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuildDate } from '../../src/lib/export/build-date.ts';
import type { Export } from '../../src/lib/export/json.ts';
import { joinTokens } from '../../src/lib/parse/join.ts';
import { sentenceHref } from '../../src/lib/urls/routes.ts';
import { readAnnoContext, vocabularyProblems } from '../support/web-annotation.ts';

type Node = Record<string, unknown>;
interface Selector extends Node {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  value?: string;
  start?: number;
  end?: number;
}
interface Target extends Node {
  source: string;
  selector: Selector[];
}
interface Annotation extends Node {
  id: string;
  motivation: string;
  body: Node[];
  target: (Target | string)[];
}
interface Page extends Node {
  id: string;
  partOf: string;
  startIndex: number;
  items: Annotation[];
  next?: Page;
}

const dist = inject('distDir');
const text = readFileSync(join(dist, 'data/trade-2019.annotations.jsonld'), 'utf8');
const doc = JSON.parse(text) as Node & { id: string; total: number; first: Page; last: string };
const data = JSON.parse(readFileSync(join(dist, 'data/trade-2019.json'), 'utf8')) as Export;
const context = readAnnoContext();

/** The one element a test needs, or a failure naming what is missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}
const firstItem = (d: typeof doc): Annotation => must(d.first.items[0], 'an annotation on the first page');
const selector = (a: Annotation, k: number): Selector => must((a.target[0] as Target).selector[k], `selector ${k} of ${a.id}`);

const pages: Page[] = [];
for (let page: Page | undefined = doc.first; page; page = page.next) pages.push(page);
const items = pages.flatMap((p) => p.items);

/** Every unit of the export, by the path and fragment of its permanent URL in each language. */
interface Unit {
  id: string;
  text: string;
  tokens: string[];
  en?: string | undefined;
}
const units = new Map<string, Unit>();
for (const u of [
  data.issuersLine,
  // The title is exported as its two texts, not as a unit.
  { id: 'title', text: data.title.zh, tokens: data.title.tokens, en: data.title.en },
  data.dateline,
  ...data.preamble.sentences,
  ...data.parts.flatMap((p) => [p.heading, ...p.paragraphs.flatMap((q) => q.sentences)]),
  ...data.measures.flatMap((m) => m.sentences),
] as Unit[]) {
  for (const lang of ['zh', 'en'] as const) units.set(`${lang}:${sentenceHref(lang, data.slug, u.id)}`, u);
}
const unitAt = (lang: 'zh' | 'en', url: string) => {
  const { pathname, hash } = new URL(url);
  return units.get(`${lang}:${pathname}${hash}`);
};

/** Every problem with the quotes of one annotation: each must stand, with its context, in the sentence it targets. */
function quoteProblems(a: Annotation): string[] {
  const out: string[] = [];
  a.target.forEach((target, i) => {
    if (typeof target === 'string') return;
    const lang = i === 0 ? 'zh' : 'en';
    const unit = unitAt(lang, target.source);
    const sentence = lang === 'zh' ? unit?.text : unit?.en;
    if (!unit || sentence === undefined) return void out.push(`${a.id}: ${target.source} is no sentence of the edition`);
    for (const s of target.selector) {
      if (s.type === 'TextQuoteSelector' && !sentence.includes(`${s.prefix ?? ''}${s.exact ?? ''}${s.suffix ?? ''}`))
        out.push(`${a.id}: the quote ${JSON.stringify(s.exact)} with its context is not in ${unit.id} (${lang})`);
      if (s.type === 'TextQuoteSelector' && s.prefix === undefined && !sentence.startsWith(s.exact ?? ''))
        out.push(`${a.id}: the quote ${JSON.stringify(s.exact)} has no prefix but does not open ${unit.id}`);
      if (s.type === 'FragmentSelector') {
        const [, first, last] = /^tokens=(\d+)-(\d+)$/.exec(s.value ?? '') ?? [];
        const exact = target.selector.find((x) => x.type === 'TextQuoteSelector')?.exact;
        if (joinTokens(unit.tokens.slice(Number(first), Number(last) + 1)) !== exact)
          out.push(`${a.id}: tokens ${s.value ?? '?'} of ${unit.id} are not the quote ${JSON.stringify(exact)}`);
      }
      if (s.type === 'TextPositionSelector') {
        const exact = target.selector.find((x) => x.type === 'TextQuoteSelector')?.exact;
        if (sentence.slice(s.start, s.end) !== exact)
          out.push(`${a.id}: characters ${s.start}-${s.end} of ${unit.id} (en) are not the quote`);
      }
    }
  });
  return out;
}

describe('the shape, against the model’s vocabulary held locally', () => {
  it('uses only the terms, classes and motivations of http://www.w3.org/ns/anno.jsonld', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(context.classes.has('AnnotationCollection') && context.motivations.has('describing')).toBe(true);
    expect(vocabularyProblems(doc, context)).toEqual([]);
  });

  it.each<[string, (d: typeof doc) => void]>([
    ['a property the model lacks', (d) => void (firstItem(d).comment = 'x')],
    ['a class the model lacks', (d) => void (firstItem(d).type = 'Note')],
    ['a motivation the model lacks', (d) => void (firstItem(d).motivation = 'glossing')],
    ['a selector the model lacks', (d) => void (selector(firstItem(d), 1).type = 'TokenSelector')],
  ])('finds %s', (_, corrupt) => {
    const copy = structuredClone(doc);
    corrupt(copy);
    expect(vocabularyProblems(copy, context)).not.toEqual([]);
  });

  it('is one collection whose pages hold every item once, in order', () => {
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(items.length);
    expect(doc.last).toBe(pages.at(-1)?.id);
    pages.forEach((p, k) => {
      expect(p.type).toBe('AnnotationPage');
      expect(p.partOf).toBe(doc.id);
      expect(p.startIndex).toBe(pages.slice(0, k).reduce((n, q) => n + q.items.length, 0));
    });
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('has one annotation for every anchor of every entry, and one for every measure of every theme', () => {
    const anchors = data.annotations.flatMap((e) => e.anchors);
    const themed = data.themes.flatMap((t) => t.measures);
    expect(items.filter((a) => a.motivation !== 'linking')).toHaveLength(anchors.length);
    expect(items.filter((a) => a.motivation === 'linking')).toHaveLength(themed.length);
    expect(anchors.filter((x) => x.en)).toHaveLength(items.filter((a) => a.target.length === 2 && a.motivation !== 'linking').length);
  });

  it('gives each entry its gloss in both languages, its type as a tag and its term page', () => {
    for (const a of items.filter((x) => x.motivation !== 'linking')) {
      const glosses = a.body.filter((b) => b.type === 'TextualBody' && b.purpose === 'describing');
      expect(glosses.map((b) => b.language)).toEqual(['zh', 'en']);
      expect(a.body.filter((b) => b.purpose === 'tagging')).toHaveLength(1);
      expect(a.body.filter((b) => typeof b.id === 'string' && /\/terms\/[a-z0-9-]+\/$/.test(b.id))).toHaveLength(2);
    }
  });

  it('dates every annotation from the build date', () => {
    const { date } = readBuildDate();
    for (const a of [doc, ...items]) expect([a.created, a.generated]).toEqual(date ? [date, date] : [undefined, undefined]);
  });
});

describe('the quotes', () => {
  it('stand, with their context and tokens, in the sentence each targets', () => {
    const problems = items.flatMap(quoteProblems);
    expect(problems).toEqual([]);
    expect(items.flatMap((a) => a.target).filter((t) => typeof t !== 'string').length).toBeGreaterThan(items.length / 2);
  });

  it.each<[string, (a: Annotation) => void]>([
    ['a quote that is not in its sentence', (a) => void (selector(a, 0).exact = '不在此句')],
    ['a prefix that does not precede the quote', (a) => void (selector(a, 0).prefix = '。')],
    ['tokens that are not the quote', (a) => void (selector(a, 1).value = 'tokens=0-0')],
    ['a target that is no sentence', (a) => void ((a.target[0] as Target).source = `${(a.target[0] as Target).source}9`)],
  ])('are caught when an annotation has %s', (_, corrupt) => {
    const copy = structuredClone(
      must(
        items.find((a) => selector(a, 1).value !== 'tokens=0-0'),
        'an annotation not on token 0',
      ),
    );
    corrupt(copy);
    expect(quoteProblems(copy)).not.toEqual([]);
  });
});
