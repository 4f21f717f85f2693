import { z } from 'astro/zod';
import { DocumentSchema } from './document.ts';
import { MeasureSchema } from './measure.ts';
import { PartSchema } from './part.ts';

export * from './document.ts';
export * from './measure.ts';
export * from './part.ts';
export * from './position.ts';
export * from './sentence.ts';

/** Everything parsed from one seed: what `npm run content` writes to `content/records/{slug}.json`. */
export const EditionSchema = z.object({
  document: DocumentSchema,
  parts: z.array(PartSchema).min(1),
  measures: z.array(MeasureSchema),
});
export type Edition = z.output<typeof EditionSchema>;
