import { z } from 'astro/zod';

const Bilingual = z.object({
  /** In Chinese. */
  zh: z.string().min(1),
  /** In English. */
  en: z.string().min(1),
});

/** One theme of the controlled list in `content/themes/{doc}.yaml`. */
export const ThemeSchema = z.object({
  /** Stable ID and URL slug. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The theme's name in each language. */
  name: Bilingual,
  /** One sentence on what the theme covers, in each language. */
  description: Bilingual,
  /** Global numbers of the measures under this theme. */
  measures: z.array(z.number().int().positive()).min(1),
});
export type Theme = z.output<typeof ThemeSchema>;
export const ThemesFileSchema = z.array(ThemeSchema).min(1);

/** A theme as the JSON export publishes it, in that order. */
export function publishedTheme(t: Theme) {
  return {
    slug: t.slug,
    name: { zh: t.name.zh, en: t.name.en },
    description: { zh: t.description.zh, en: t.description.en },
    measures: t.measures,
  };
}
