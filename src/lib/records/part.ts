import { z } from 'astro/zod';
import { idPattern } from './ids.ts';
import { SentenceSchema } from './sentence.ts';
import { PositionSchema } from './position.ts';

/** An unnumbered paragraph of a part (part 1 has two: the guiding principles and the 2022 target). */
export const ParagraphSchema = z.object({
  /** Structural ID, e.g. `p1.para2`. */
  id: z.string().regex(idPattern('paragraph')),
  /** The paragraph's sentences, in order. */
  sentences: z.array(SentenceSchema).min(1),
});
export type Paragraph = z.output<typeof ParagraphSchema>;

/** One of the document's numbered parts: `二 、 加快 创新 驱动 ， …`. */
export const PartSchema = z.object({
  /** Structural ID, e.g. `p2`. */
  id: z.string().regex(idPattern('part')),
  /** Slug of the document the part belongs to. */
  doc: z.string().min(1),
  /** Part number, 1-based. */
  n: z.number().int().positive(),
  /** The Chinese numeral as printed, e.g. `二`. */
  numeral: z.string().min(1),
  /** The label tokens before the heading, e.g. `["二", "、"]`. */
  label: z.array(z.string().min(1)).min(1),
  /** The heading as a citable unit with ID `p{k}.heading`. */
  heading: SentenceSchema,
  /** Unnumbered paragraphs standing before the part's first measure. */
  paragraphs: z.array(ParagraphSchema),
  /** Global numbers of the measures in this part, in order. */
  measures: z.array(z.number().int().positive()),
  /** Where the part's heading line stands in the seed. */
  source: PositionSchema,
});
export type Part = z.output<typeof PartSchema>;
