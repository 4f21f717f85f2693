import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug.ts';
import { SentenceSchema } from './sentence.ts';

/** The document as a whole: its front matter, preamble and the shape of its body. */
export const DocumentSchema = z.object({
  /** URL slug, from the seed's file name (`trade-2019.zh.txt` → `trade-2019`). */
  slug: z.string().regex(SLUG_PATTERN),
  /** The issuing bodies, in order, e.g. `["中共中央", "国务院"]`. */
  issuers: z.array(z.string().min(1)).min(1),
  /** The issuers' names in English, once the translation has been merged in. */
  issuersEn: z.array(z.string().min(1)).optional(),
  /** The issuers line as a citable unit with ID `issuers`. */
  issuersLine: SentenceSchema,
  /** The title line (without the issuers) as a citable unit with ID `title`. */
  title: SentenceSchema,
  /** The full title as cited: issuers, a space, then the title. */
  fullTitle: z.string().min(1),
  /** Date of issue, ISO 8601. */
  date: z.iso.date(),
  /** The date line as printed, as a citable unit with ID `dateline`. */
  dateline: SentenceSchema,
  /** The preamble's sentences, `preamble.s1` …. */
  preamble: z.array(SentenceSchema),
  /** Number of parts (they are numbered 1 … parts). */
  parts: z.number().int().positive(),
  /** Number of measures (they are numbered 1 … measures). */
  measures: z.number().int().nonnegative(),
  /** The seed the records were parsed from, and its fixity. */
  source: z.object({
    /** Path relative to the project root. */
    file: z.string().min(1),
    /** SHA-256 of the seed file's bytes, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type Document = z.output<typeof DocumentSchema>;
