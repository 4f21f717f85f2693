import type { Annotation, Edition, Theme } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { anchor } from './anchor.ts';
import type { AnnotationFile } from './read.ts';

/**
 * Anchor each annotation to the edition's sentences and attach the themes.
 * Returns the problems (each naming the annotation or theme) instead of the
 * edition when anything does not fit: an annotation that matches nothing, an
 * unknown sentence ID, a theme naming a missing measure, a measure with no theme.
 */
export function attachAnnotations(
  edition: Edition,
  files: readonly (AnnotationFile & { path: string })[],
  themes: readonly Theme[],
  themesPath: string,
): { edition: Edition; errors: string[] } {
  const errors: string[] = [];
  const sentences = allSentences(edition);
  const known = new Set(sentences.map((s) => s.id));
  const annotations: Annotation[] = [];

  for (const file of files) {
    const { source } = file;
    const unknown = [...(source.sentences ?? []), ...Object.keys(source.exceptions)].filter((id) => !known.has(id));
    for (const id of unknown)
      errors.push(`${file.path}: annotation ${file.slug} names sentence ${id}, which does not exist in ${edition.document.slug}`);
    const scope = source.sentences ? sentences.filter((s) => source.sentences?.includes(s.id)) : sentences;
    const occurrences = anchor(source.tokens, scope);
    for (const seq of source.tokens) {
      if (anchor([seq], scope).length === 0) {
        errors.push(
          `${file.path}: annotation ${file.slug} anchors to nothing: the tokens ${seq.join(' ')} occur in no sentence of ${edition.document.slug}`,
        );
      }
    }
    if (occurrences.length > 0)
      annotations.push({
        ...source,
        slug: file.slug,
        occurrences,
        hasCommentary: file.hasCommentary,
        ...(file.text ? { commentary: file.text } : {}),
        ...(file.hasCommentary ? { commentaryHtml: file.html } : {}),
        file: file.path,
      });
  }

  const measureNumbers = new Set(edition.measures.map((m) => m.n));
  const slugs = new Set<string>();
  for (const theme of themes) {
    if (slugs.has(theme.slug)) errors.push(`${themesPath}: theme ${theme.slug} is defined twice`);
    slugs.add(theme.slug);
    for (const n of theme.measures)
      if (!measureNumbers.has(n)) errors.push(`${themesPath}: theme ${theme.slug} names measure ${n}, which does not exist`);
  }
  if (themes.length > 0) {
    for (const m of edition.measures) {
      if (!themes.some((t) => t.measures.includes(m.n))) errors.push(`${themesPath}: measure ${m.n} has no theme`);
    }
  }
  // Both in slug order, as the exports and pages list them, whatever order their files give.
  const bySlug = (a: { slug: string }, b: { slug: string }): number => a.slug.localeCompare(b.slug);
  return { edition: { ...edition, annotations: annotations.sort(bySlug), themes: [...themes].sort(bySlug) }, errors };
}
