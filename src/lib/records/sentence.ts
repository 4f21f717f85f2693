import { z } from 'astro/zod';
import { ID_PATTERN } from './ids.ts';
import { PositionSchema } from './position.ts';

/**
 * A sentence, or a sentence-like unit with its own ID (the title, the
 * issuers line, the date line, a part heading). The smallest citable unit.
 */
export const SentenceSchema = z.object({
  /** Stable structural ID such as `m14.s2`; the same in every language. */
  id: z.string().regex(ID_PATTERN),
  /** The source tokens, exactly as segmented in the seed. */
  tokens: z.array(z.string().min(1)).min(1),
  /**
   * Hanyu Pinyin of each token, read in context (src/lib/words/pinyin.ts): one
   * string per token, tone marks, empty for punctuation. Added by the content
   * build after parsing, so the parser's own output has none yet.
   */
  pinyin: z.array(z.string()).optional(),
  /** Display text: the tokens joined as Chinese typography does. */
  text: z.string().min(1),
  /** Where the first token stands in the seed. */
  source: PositionSchema,
  /** The English translation, once `content/translations/` has been merged in. */
  en: z.string().min(1).optional(),
  /**
   * Where a long sentence divides into clauses read side by side (content/translations/, `clauses`): before each
   * clause after the first, the index of its first token and the offset of its English in `en`.
   */
  clauses: z.array(z.object({ token: z.number().int().positive(), en: z.number().int().positive() })).optional(),
});
export type Sentence = z.output<typeof SentenceSchema>;
