import { z } from 'astro/zod';
import { ID_PATTERN } from './ids.ts';

/** The most clauses a sentence may be read in (the stylesheet orders that many). */
export const MAX_CLAUSES = 20;

/** A translation file, `content/translations/{slug}.{lang}.yaml`: one entry per structural ID. */
export const TranslationSchema = z.object({
  /** BCP 47 language tag of the translation. */
  language: z.literal('en'),
  /** The issuers' names in this language, in the order of the source's issuers line. */
  issuers: z.array(z.string().min(1)).min(1),
  /** Translated text keyed by structural ID (`title`, `m14.s2`, …). */
  segments: z.record(z.string().regex(ID_PATTERN, 'a structural ID'), z.string()),
  /**
   * Long sentences read clause by clause: for each, its clauses in order, the Chinese of each (joined, exactly the
   * sentence's text, split between tokens) and its English (joined with spaces, exactly the translation). Pages set a
   * clause beside its rendering, so on a phone the Chinese of a long sentence does not start a screen below its English.
   */
  clauses: z
    .record(
      z.string().regex(ID_PATTERN, 'a structural ID'),
      z
        .array(z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict())
        .min(2)
        .max(MAX_CLAUSES),
    )
    .optional(),
  /** Fingerprint of the Chinese each entry was reviewed against, keyed by ID (see src/lib/translation/fingerprint.ts). */
  fingerprints: z
    .record(z.string().regex(ID_PATTERN, 'a structural ID'), z.string().regex(/^[0-9a-f]{12}$/, 'expected 12 hex digits'))
    .optional(),
});
export type Translation = z.output<typeof TranslationSchema>;
