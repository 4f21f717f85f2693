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
