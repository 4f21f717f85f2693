import type { Annotation, Edition, Sentence } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';

/** A sentence whose Chinese contains a termbase entry while its English uses none of the entry's renderings. */
export interface TermException {
  readonly sentence: string;
  readonly annotation: string;
  readonly zh: string;
  readonly expected: readonly string[];
  /** Why, when the entry explains the exception; undefined when unexplained. */
  readonly reason?: string | undefined;
}

/** Fold case, quotation marks and hyphenation so "Belt-and-Road" finds "belt and road". */
export function normaliseEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The renderings a sentence may use for an annotation: its English form and its variants. */
export function renderings(a: Pick<Annotation, 'en' | 'variants'>): string[] {
  return [a.en, ...a.variants];
}

export function usesRendering(english: string, a: Pick<Annotation, 'en' | 'variants'>): boolean {
  const haystack = normaliseEnglish(english);
  return renderings(a).some((r) => haystack.includes(normaliseEnglish(r)));
}

/**
 * The terminology consistency check: for every sentence whose tokens contain
 * an entry, its English must contain the entry's rendering or a variant.
 * Sentences without English yet are skipped (they are reported as pending).
 */
export function terminologyExceptions(edition: Edition): TermException[] {
  const byId = new Map<string, Sentence>(allSentences(edition).map((s) => [s.id, s]));
  const out: TermException[] = [];
  for (const a of edition.annotations) {
    const sentences = [...new Set(a.occurrences.map((o) => o.sentence))];
    for (const id of sentences) {
      const english = byId.get(id)?.en;
      if (english === undefined || usesRendering(english, a)) continue;
      out.push({ sentence: id, annotation: a.slug, zh: a.zh, expected: renderings(a), reason: a.exceptions[id] });
    }
  }
  return out;
}

/** Where an entry's rendering stands in a sentence's English: characters [start, end) and the text there. */
export interface EnglishSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The English folded as normaliseEnglish folds it, with the index in `text` each folded character came from, so a
 * match in the folded text maps back to the original characters. Offsets are UTF-16 code units, as JavaScript
 * indexes strings; the English is in the Basic Multilingual Plane, where they equal code points.
 */
function foldWithOffsets(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (/[“”"‘’']/.test(ch)) continue;
    const c = /[-‐–—\s]/.test(ch) ? ' ' : ch.toLowerCase();
    if (c === ' ' && folded.endsWith(' ')) continue;
    if (c.length !== 1) return { folded: normaliseEnglish(text), from: [] }; // a letter whose lower case is longer: no offsets
    folded += c;
    from.push(i);
  }
  return { folded, from };
}

/**
 * Where the terminology check finds the entry in the English: every non-overlapping match of its rendering or a
 * variant, in order, preferring the longest at each place. Empty when the English uses none of them (an
 * exception), or has none yet.
 */
export function englishSpans(english: string | undefined, a: Pick<Annotation, 'en' | 'variants'>): EnglishSpan[] {
  if (english === undefined) return [];
  const { folded, from } = foldWithOffsets(english);
  if (from.length === 0) return [];
  const needles = [...new Set(renderings(a).map(normaliseEnglish))].filter((n) => n !== '').sort((x, y) => y.length - x.length);
  const spans: EnglishSpan[] = [];
  let at = 0;
  for (;;) {
    let best: { index: number; length: number } | undefined;
    for (const needle of needles) {
      const index = folded.indexOf(needle, at);
      if (index >= 0 && (best === undefined || index < best.index)) best = { index, length: needle.length };
    }
    if (!best) return spans;
    const start = from[best.index] ?? 0;
    const end = (from[best.index + best.length - 1] ?? start) + 1;
    spans.push({ start, end, text: english.slice(start, end) });
    at = best.index + best.length;
  }
}
