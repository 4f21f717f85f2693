import { z } from 'astro/zod';
import { ID_PATTERN } from './ids.ts';

/** A translation file, `content/translations/{slug}.{lang}.yaml`: one entry per structural ID. */
export const TranslationSchema = z.object({
  /** BCP 47 language tag of the translation. */
  language: z.literal('en'),
  /** The issuers' names in this language, in the order of the source's issuers line. */
  issuers: z.array(z.string().min(1)).min(1),
  /** Translated text keyed by structural ID (`title`, `m14.s2`, …). */
  segments: z.record(z.string().regex(ID_PATTERN, 'a structural ID'), z.string()),
  /** Fingerprint of the Chinese each entry was reviewed against, keyed by ID (see src/lib/translation/fingerprint.ts). */
  fingerprints: z
    .record(z.string().regex(ID_PATTERN, 'a structural ID'), z.string().regex(/^[0-9a-f]{12}$/, 'expected 12 hex digits'))
    .optional(),
});
export type Translation = z.output<typeof TranslationSchema>;
