import { z } from 'astro/zod';
import { ID_PATTERN } from './ids.ts';

export const ANNOTATION_TYPES = ['term', 'programme', 'place', 'institution', 'event', 'agreement', 'target', 'translation-note'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

const Bilingual = z.object({
  /** In Chinese. */
  zh: z.string().min(1),
  /** In English. */
  en: z.string().min(1),
});

/**
 * The frontmatter of one annotation, `content/annotations/{doc}/{slug}.mdx`;
 * the file's body is optional longer commentary. It is also the termbase
 * entry for the term: its English rendering, variants and aliases.
 */
export const AnnotationSourceSchema = z.object({
  /** What kind of thing the annotation explains. */
  type: z.enum(ANNOTATION_TYPES),
  /** The term as displayed in Chinese. */
  zh: z.string().min(1),
  /** Hanyu Pinyin with tone marks, for sorting the glossary. */
  pinyin: z.string().min(1),
  /** Token sequences, exactly as segmented in the source, that anchor the annotation. */
  tokens: z.array(z.array(z.string().min(1)).min(1)).min(1),
  /** The English rendering the translation uses. */
  en: z.string().min(1),
  /** Other English forms the translation may use (plurals, short forms). */
  variants: z.array(z.string().min(1)).default([]),
  /** What a reader may type for it: abbreviations in either language. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Narrower terms a reader may search for that the text does not use but this concept covers (综合保税区 under
   * 海关特殊监管区域): search finds the entry's sentences by them, but they are not other names of the concept, so
   * they are neither aliases nor shown as such.
   */
  narrower: z.array(z.string().min(1)).default([]),
  /** A one-line gloss in each language. */
  gloss: Bilingual,
  /** Restrict anchoring to these sentence IDs (all sentences when absent). */
  sentences: z.array(z.string().regex(ID_PATTERN)).optional(),
  /** Sentences whose English deliberately does not use the rendering, with why. */
  exceptions: z.record(z.string().regex(ID_PATTERN), z.string().min(1)).default({}),
});
export type AnnotationSource = z.output<typeof AnnotationSourceSchema>;

/** Where an annotation's token sequence stands: tokens [start, end) of a sentence. */
export const OccurrenceSchema = z.object({
  /** Structural ID of the sentence. */
  sentence: z.string().regex(ID_PATTERN),
  /** Index of the first token of the match. */
  start: z.number().int().nonnegative(),
  /** Index after the last token of the match. */
  end: z.number().int().positive(),
});
export type Occurrence = z.output<typeof OccurrenceSchema>;

/** An annotation as the site sees it: its source entry, slug and every occurrence in the text. */
export const AnnotationSchema = AnnotationSourceSchema.extend({
  /** Stable ID: the file name without `.mdx`; also its URL slug. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Every place its token sequences occur, in document order. */
  occurrences: z.array(OccurrenceSchema).min(1),
  /** Whether the file has commentary beyond the gloss. */
  hasCommentary: z.boolean(),
  /** The commentary as plain text (Markdown reduced to its words, blocks separated by a blank line); absent when none. */
  commentary: z.string().min(1).optional(),
  /** The commentary rendered to HTML from its Markdown (never MDX), for the term page and the notes; absent when none. */
  commentaryHtml: z.string().min(1).optional(),
  /** The annotation file, relative to the project root. */
  file: z.string().min(1),
});
export type Annotation = z.output<typeof AnnotationSchema>;

/** A termbase entry's own fields as the JSON export publishes them (without its anchors), in that order. */
export function publishedEntry(a: Annotation) {
  return {
    slug: a.slug,
    type: a.type,
    zh: a.zh,
    pinyin: a.pinyin,
    en: a.en,
    variants: a.variants,
    aliases: a.aliases,
    gloss: { zh: a.gloss.zh, en: a.gloss.en },
    ...(a.commentary ? { commentary: a.commentary } : {}),
  };
}
