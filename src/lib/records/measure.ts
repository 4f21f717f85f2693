import { z } from 'astro/zod';
import { idPattern } from './ids.ts';
import { SentenceSchema } from './sentence.ts';
import { PositionSchema } from './position.ts';

/** One of the numbered measures （一） … （二十七）, numbered continuously across parts. */
export const MeasureSchema = z.object({
  /** Structural ID, e.g. `m14`. */
  id: z.string().regex(idPattern('measure')),
  /** Slug of the document the measure belongs to. */
  doc: z.string().min(1),
  /** Global measure number, 1-based, as in the source. */
  n: z.number().int().positive(),
  /** The Chinese numeral as printed, e.g. `十四`. */
  numeral: z.string().min(1),
  /** Number of the part the measure stands in. */
  part: z.number().int().positive(),
  /** The label tokens, e.g. `["（", "十四", "）"]`. */
  label: z.array(z.string().min(1)).length(3),
  /** The heading: the text of sentence 1 without its final 。. */
  heading: z.string().min(1),
  /** The measure's sentences; sentence 1 (`m14.s1`) is the heading sentence. */
  sentences: z.array(SentenceSchema).min(1),
  /** Where the measure's line stands in the seed. */
  source: PositionSchema,
});
export type Measure = z.output<typeof MeasureSchema>;
