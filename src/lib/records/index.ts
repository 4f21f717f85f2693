import { z } from 'astro/zod';
import { DocumentSchema } from './document.ts';
import { MeasureSchema } from './measure.ts';
import { PartSchema } from './part.ts';
import { AnnotationSchema } from './annotation.ts';
import { ThemeSchema } from './theme.ts';
import { WordsRecordSchema } from './words.ts';
import { ReleasesRecordSchema } from './releases.ts';

export * from './document.ts';
export * from './measure.ts';
export * from './part.ts';
export * from './position.ts';
export * from './sentence.ts';
export * from './annotation.ts';
export * from './theme.ts';
export * from './words.ts';
export * from './releases.ts';

/** Everything parsed from one seed: what `npm run content` writes to `content/records/{slug}.json`. */
export const EditionSchema = z.object({
  document: DocumentSchema,
  parts: z.array(PartSchema).min(1),
  measures: z.array(MeasureSchema),
  /** Annotations anchored to the text (empty until content/annotations/{slug}/ exists). */
  annotations: z.array(AnnotationSchema).default([]),
  /** The controlled theme list (empty until content/themes/{slug}.yaml exists). */
  themes: z.array(ThemeSchema).default([]),
  /** Its words with readings and senses (absent until content/dictionary/ exists). */
  words: WordsRecordSchema.optional(),
  /** Its releases, their changes and each unit's wordings (absent when content/releases/ has no file for it). */
  releases: ReleasesRecordSchema.optional(),
});
export type Edition = z.output<typeof EditionSchema>;
