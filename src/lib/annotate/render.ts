import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Annotation, Sentence } from '../records/index.ts';
import { joinTokens } from '../parse/join.ts';
import { normaliseEnglish, renderings } from './terminology.ts';

/** A chosen annotation span in one sentence: tokens [start, end). */
export interface Mark {
  readonly slug: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Annotated sentences are built as hast trees and serialised once, here. Named character references (`&amp;`,
 * `&lt;`) keep the output as it was when the HTML was joined by hand.
 */
const serialise = (nodes: ElementContent[]): string => toHtml(nodes, { characterReferences: { useNamedReferences: true } });

/** A label before a sentence's text, e.g. （十四） / (14). */
const labelNode = (label: string | undefined): ElementContent[] => (label === undefined ? [] : [h('span', { className: ['lbl'] }, label)]);

/** The popover element ID of an annotation's gloss. */
export const glossId = (slug: string): string => `g-${slug}`;

/**
 * The marks to show in a sentence: where spans overlap, the longest wins
 * (跨境电子商务综合试验区 over 跨境电子商务), then the earliest.
 */
export function marksFor(sentenceId: string, annotations: readonly Annotation[]): Mark[] {
  const candidates = annotations
    .flatMap((a) => a.occurrences.filter((o) => o.sentence === sentenceId).map((o) => ({ slug: a.slug, start: o.start, end: o.end })))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.slug.localeCompare(b.slug));
  const taken: Mark[] = [];
  for (const c of candidates) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * A gloss mark: a link to the annotation's note on the same page, so it
 * works without JavaScript (the reader stays on the page); a small script
 * opens the same note as a popover instead.
 */
function button(slug: string, inner: ElementContent[]): ElementContent {
  return h('a', { className: ['a'], href: `#${glossId(slug)}` }, inner);
}

const indexes = new WeakMap<readonly Annotation[], Map<string, Annotation>>();
/** Annotations by slug, built once per annotation list. */
export function bySlugOf(annotations: readonly Annotation[]): Map<string, Annotation> {
  let index = indexes.get(annotations);
  if (!index) {
    index = new Map(annotations.map((a) => [a.slug, a]));
    indexes.set(annotations, index);
  }
  return index;
}

/** Slugs of the annotations marked anywhere in these sentences, for the page's gloss popovers. */
export function markedSlugs(sentenceIds: readonly string[], annotations: readonly Annotation[]): string[] {
  const slugs = new Set(sentenceIds.flatMap((id) => marksFor(id, annotations).map((m) => m.slug)));
  return annotations.filter((a) => slugs.has(a.slug)).map((a) => a.slug);
}

/** Where a token links to (its word page), or undefined for a token that is not a word (punctuation, digits). */
export type WordHref = (token: string) => string | undefined;

/**
 * The Chinese sentence as a tree: every token in its own <span> (for the word
 * boundary view), annotated spans wrapped in a gloss link. Its text content
 * is exactly the sentence's display text. With `wordHref`, a word outside
 * an annotation is a link to its word page instead, so every word
 * can be looked up without JavaScript (a link with no class; a gloss link has
 * class `a`); inside a gloss link it stays a <span>.
 */
export function zhNodes(
  sentence: Sentence,
  marks: readonly Mark[],
  bySlug: ReadonlyMap<string, Annotation>,
  wordHref?: WordHref,
): ElementContent[] {
  const tokens = sentence.tokens;
  const out: ElementContent[] = [];
  let i = 0;
  const spans = (from: number, to: number, linked: boolean): ElementContent[] => {
    const nodes: ElementContent[] = [];
    for (let k = from; k < to; k++) {
      // Keep joinTokens' spaces (between two Latin/digit tokens) so the text matches the display text.
      const prev = tokens[k - 1];
      const token = tokens[k] ?? '';
      const space = k > 0 && prev !== undefined && joinTokens([prev, token]).length > prev.length + token.length;
      if (space) nodes.push({ type: 'text', value: ' ' });
      const target = linked ? wordHref?.(token) : undefined;
      nodes.push(target === undefined ? h('span', token) : h('a', { href: target }, token));
    }
    return nodes;
  };
  for (const mark of marks) {
    out.push(...spans(i, mark.start, true));
    const glossed = bySlug.has(mark.slug);
    const inner = spans(mark.start, mark.end, !glossed);
    if (glossed) out.push(button(mark.slug, inner));
    else out.push(...inner);
    i = mark.end;
  }
  out.push(...spans(i, tokens.length, true));
  return out;
}

/** The Chinese sentence as HTML (see `zhNodes`), after its label if it has one. */
export function zhHtml(
  sentence: Sentence,
  marks: readonly Mark[],
  bySlug: ReadonlyMap<string, Annotation>,
  label?: string,
  wordHref?: WordHref,
): string {
  return serialise([...labelNode(label), ...zhNodes(sentence, marks, bySlug, wordHref)]);
}

/**
 * The English sentence as a tree, with the rendering of each annotation marked
 * in the Chinese marked here too (first match of its English form or a variant).
 */
export function enNodes(english: string, marks: readonly Mark[], bySlug: ReadonlyMap<string, Annotation>): ElementContent[] {
  return rangeNodes(english, enRanges(english, marks, bySlug), 0, english.length);
}

/** A marked stretch of the English: characters [from, to) render the annotation `slug`. */
interface EnRange {
  from: number;
  to: number;
  slug: string;
}

/** Where each annotation marked in the Chinese is rendered in the English, in reading order. */
function enRanges(english: string, marks: readonly Mark[], bySlug: ReadonlyMap<string, Annotation>): EnRange[] {
  const ranges: EnRange[] = [];
  const folded = foldWithMap(english);
  for (const mark of marks) {
    const a = bySlug.get(mark.slug);
    if (!a) continue;
    const forms = renderings(a)
      .map((r) => normaliseEnglish(r))
      .filter((r) => r.length > 0)
      .sort((x, y) => y.length - x.length);
    for (const form of forms) {
      let at = folded.text.indexOf(form);
      while (at !== -1) {
        let from = folded.map[at] ?? 0;
        let to = (folded.map[at + form.length - 1] ?? from) + 1;
        // Keep quotation marks paired: take in the closing mark of an opened quote, or the opening one of a closed quote.
        const inside = english.slice(from, to);
        if (/[“‘]/.test(inside) && !/[”’]/.test(inside) && /[”’]/.test(english[to] ?? '')) to += 1;
        if (/[”’]/.test(inside) && !/[“‘]/.test(inside) && /[“‘]/.test(english[from - 1] ?? '')) from -= 1;
        const clash = ranges.some((r) => from < r.to && to > r.from);
        const wordStart = from === 0 || !/[A-Za-z0-9]/.test(english[from - 1] ?? '');
        const wordEnd = to >= english.length || !/[A-Za-z0-9]/.test(english[to] ?? '');
        if (!clash && wordStart && wordEnd) {
          ranges.push({ from, to, slug: mark.slug });
          break;
        }
        at = folded.text.indexOf(form, at + 1);
      }
      if (ranges.some((r) => r.slug === mark.slug)) break;
    }
  }
  return ranges.sort((a, b) => a.from - b.from);
}

/** The English characters [start, end) as text and gloss links. */
function rangeNodes(english: string, ranges: readonly EnRange[], start: number, end: number): ElementContent[] {
  const out: ElementContent[] = [];
  let i = start;
  for (const r of ranges.filter((r) => r.from >= start && r.to <= end)) {
    if (r.from > i) out.push({ type: 'text', value: english.slice(i, r.from) });
    out.push(button(r.slug, [{ type: 'text', value: english.slice(r.from, r.to) }]));
    i = r.to;
  }
  if (i < end) out.push({ type: 'text', value: english.slice(i, end) });
  return out;
}

/**
 * A long sentence in clauses (`Sentence.clauses`), each language's text divided at the same places: every clause
 * is a `span.c`, so a stylesheet can set each beside its rendering while the text stays one paragraph per language.
 * The Chinese and the English of clause k are the k-th span of each. A mark may not cross a clause's end: the
 * build stops, naming the sentence and the annotation.
 */
export function clauseHtml(
  sentence: Sentence,
  marks: readonly Mark[],
  bySlug: ReadonlyMap<string, Annotation>,
  labels: { zh?: string | undefined; en?: string | undefined },
  wordHref?: WordHref,
): { zh: string; en: string } | undefined {
  const english = sentence.en;
  if (!sentence.clauses || english === undefined) return undefined;
  const tokenAt = [0, ...sentence.clauses.map((c) => c.token), sentence.tokens.length];
  const enAt = [0, ...sentence.clauses.map((c) => c.en), english.length + 1];
  const ranges = enRanges(english, marks, bySlug);
  const crossing = (from: number, to: number, spans: readonly { start: number; end: number; slug: string }[]) =>
    spans.find((m) => m.start < to && m.end > from && (m.start < from || m.end > to));
  const zh: ElementContent[] = [];
  const en: ElementContent[] = [];
  for (let k = 0; k + 1 < tokenAt.length; k++) {
    const [from, to] = [tokenAt[k] ?? 0, tokenAt[k + 1] ?? 0];
    const [enFrom, enTo] = [enAt[k] ?? 0, (enAt[k + 1] ?? 0) - 1];
    const cut =
      crossing(from, to, marks) ??
      crossing(
        enFrom,
        enTo,
        ranges.map((r) => ({ start: r.from, end: r.to, slug: r.slug })),
      );
    if (cut) throw new Error(`${sentence.id}: clause ${k + 1} ends inside the annotation ${cut.slug}; move the clause's end outside it`);
    const inside = marks.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
    const label = (text: string | undefined) => (k === 0 ? labelNode(text) : []);
    zh.push(
      h('span', { className: ['c'] }, [
        ...label(labels.zh),
        ...zhNodes({ ...sentence, tokens: sentence.tokens.slice(from, to) }, inside, bySlug, wordHref),
      ]),
    );
    if (k > 0) en.push({ type: 'text', value: ' ' });
    en.push(h('span', { className: ['c'] }, [...label(labels.en), ...rangeNodes(english, ranges, enFrom, enTo)]));
  }
  return { zh: serialise(zh), en: serialise(en) };
}

/** The English sentence as HTML (see `enNodes`), after its label if it has one. */
export function enHtml(english: string, marks: readonly Mark[], bySlug: ReadonlyMap<string, Annotation>, label?: string): string {
  return serialise([...labelNode(label), ...enNodes(english, marks, bySlug)]);
}

/** normaliseEnglish(), keeping for each folded character the index it came from. */
function foldWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    let c = (text[i] ?? '').toLowerCase();
    if (/[“”"‘’']/.test(c)) continue;
    if (/[-‐–—\s]/.test(c)) c = ' ';
    if (c === ' ' && lastSpace) continue;
    lastSpace = c === ' ';
    out += c;
    map.push(i);
  }
  return { text: out, map };
}
