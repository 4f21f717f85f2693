import { topLevelOf } from '../records/ids.ts';
import type { Edition, Measure } from '../records/index.ts';

export interface Related {
  readonly measure: Measure;
  /** Slugs of themes both measures are under. */
  readonly themes: readonly string[];
  /** Slugs of annotations occurring in both measures. */
  readonly annotations: readonly string[];
  readonly score: number;
}

/** Annotation slugs occurring in a measure's sentences. */
export function annotationsIn(edition: Edition, measure: Measure): Set<string> {
  const ids = new Set(measure.sentences.map((s) => s.id));
  return new Set(edition.annotations.filter((a) => a.occurrences.some((o) => ids.has(o.sentence))).map((a) => a.slug));
}

export function themesOf(edition: Edition, measure: Measure): string[] {
  return edition.themes.filter((t) => t.measures.includes(measure.n)).map((t) => t.slug);
}

/**
 * Measures related to this one, ranked: a shared theme weighs as much as
 * three shared annotations, and rarer annotations count more than common
 * ones (an annotation in two measures links them more than one in twenty).
 */
export function relatedMeasures(edition: Edition, measure: Measure, limit = 5): Related[] {
  const mine = annotationsIn(edition, measure);
  const myThemes = new Set(themesOf(edition, measure));
  const spread = new Map(edition.annotations.map((a) => [a.slug, new Set(a.occurrences.map((o) => topLevelOf(o.sentence))).size]));
  return edition.measures
    .filter((m) => m.n !== measure.n)
    .map((m) => {
      const theirs = annotationsIn(edition, m);
      const annotations = [...mine].filter((slug) => theirs.has(slug));
      const themes = themesOf(edition, m).filter((slug) => myThemes.has(slug));
      const weight = annotations.reduce((sum, slug) => sum + 1 / Math.max(1, (spread.get(slug) ?? 1) - 1), 0);
      return { measure: m, annotations, themes, score: themes.length * 3 + weight };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.measure.n - b.measure.n)
    .slice(0, limit);
}
