import { z } from 'astro/zod';

/** Where a record begins in its seed file, like a unist node's `position`. */
export const PositionSchema = z.object({
  /** The seed file, relative to the project root, e.g. `seeds/trade-2019.zh.txt`. */
  file: z.string().min(1),
  /** 1-based line number. */
  line: z.number().int().positive(),
  /** 1-based column, counted in characters. */
  column: z.number().int().positive(),
});
export type Position = z.output<typeof PositionSchema>;
