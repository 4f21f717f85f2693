/**
 * The annotation layer as the exports state it: every place each termbase
 * entry is anchored (a unit ID and its first and last token, inclusive), the
 * Chinese characters those tokens cover, and the English span where the
 * terminology check finds the entry's rendering. JSON, Web Annotation and
 * TEI all take their anchors from here, so they cannot disagree.
 */
import { joinTokens } from '../parse/join.ts';
import type { Annotation, Edition, Sentence } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { englishSpans, type EnglishSpan } from '../annotate/terminology.ts';

export interface Anchor {
  /** The unit's stable ID, e.g. `m14.s2`. */
  readonly unit: string;
  /** Index of the first token (0-based). */
  readonly first: number;
  /** Index of the last token (inclusive). */
  readonly last: number;
  /** Characters [start, end) of the unit's Chinese text those tokens cover. */
  readonly zh: { readonly start: number; readonly end: number; readonly text: string };
  /** Where the English uses the entry's rendering; absent when the check does not find it there. */
  readonly en?: EnglishSpan | undefined;
}

/** Characters [start, end) that tokens first..last cover in the unit's display text (the tokens joined). */
export function tokenSpan(sentence: Pick<Sentence, 'tokens'>, first: number, last: number): { start: number; end: number } {
  const upTo = (k: number): number => joinTokens(sentence.tokens.slice(0, k)).length;
  const token = sentence.tokens[first] ?? '';
  return { start: upTo(first + 1) - token.length, end: upTo(last + 1) };
}

/**
 * Each anchor of an entry, in document order. Where a unit holds the entry
 * more than once, its n-th anchor takes the n-th place the English uses the
 * rendering, when there is one.
 */
export function anchorsOf(annotation: Annotation, byId: ReadonlyMap<string, Sentence>): Anchor[] {
  const seen = new Map<string, number>();
  return annotation.occurrences.map((o) => {
    const sentence = byId.get(o.sentence);
    if (!sentence) throw new Error(`annotation ${annotation.slug} is anchored to ${o.sentence}, which is not in the edition`);
    const nth = seen.get(o.sentence) ?? 0;
    seen.set(o.sentence, nth + 1);
    const { start, end } = tokenSpan(sentence, o.start, o.end - 1);
    const en = englishSpans(sentence.en, annotation)[nth];
    return { unit: o.sentence, first: o.start, last: o.end - 1, zh: { start, end, text: sentence.text.slice(start, end) }, en };
  });
}

/** Every entry with its anchors, in the records' order (by slug). */
export function annotationLayer(edition: Edition): { annotation: Annotation; anchors: Anchor[] }[] {
  const byId = new Map(allSentences(edition).map((s) => [s.id, s]));
  return edition.annotations.map((annotation) => ({ annotation, anchors: anchorsOf(annotation, byId) }));
}

/**
 * The W3C Web Annotation motivation of each type of entry, stated by the JSON-LD and the TEI alike: a name of a
 * programme, place, institution, event or agreement identifies what it names; a term, target or translation note is
 * described.
 */
export const MOTIVATION: Readonly<Record<Annotation['type'], 'identifying' | 'describing'>> = {
  term: 'describing',
  programme: 'identifying',
  place: 'identifying',
  institution: 'identifying',
  event: 'identifying',
  agreement: 'identifying',
  target: 'describing',
  'translation-note': 'describing',
};
