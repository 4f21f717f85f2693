import { z } from 'astro/zod';
import { BilingualSchema as Bilingual, UnitNoteSchema, UnitNotesSchema } from '../records/releases.ts';

export type { Release, ReleaseStamp, UnitNote } from '../records/releases.ts';

/** Why termbase entries or themes changed: slug → note. */
const SlugNotesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a slug such as single-window' }),
  UnitNoteSchema,
);

/**
 * A notes file beside the releases file (`{doc}.release-{n}-notes.yaml`), written with the content of a
 * release: its summary, and why each unit (`units`), termbase entry (`annotations`) and theme (`themes`) changed.
 */
export const NotesFileSchema = z
  .object({
    summary: Bilingual.optional(),
    units: UnitNotesSchema.optional(),
    annotations: SlugNotesSchema.optional(),
    themes: SlugNotesSchema.optional(),
  })
  .strict();

/** One numbered, dated release as the releases file lists it (its notes may come from a notes file). */
export const ReleaseEntrySchema = z
  .object({
    /** 1, 2, 3 …, in order, without gaps. */
    n: z.number().int().positive(),
    /** The day the release was published, ISO 8601. */
    date: z.iso.date(),
    /** What changed, for readers, in both languages (may instead come from the notes file). */
    summary: Bilingual.optional(),
    /** Why a unit changed, by unit ID (optional). */
    notes: UnitNotesSchema.optional(),
    /** A notes file beside this one (NotesFileSchema), for the summary and the notes (optional). */
    notesFile: z
      .string()
      .regex(/^[a-z0-9-]+\.release-\d+-notes\.yaml$/, { message: 'expected a file name like trade-2019.release-2-notes.yaml' })
      .optional(),
  })
  .strict();

/** content/releases/{doc}.yaml */
export const ReleasesFileSchema = z
  .object({ releases: z.array(ReleaseEntrySchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    file.releases.forEach((r, i) => {
      if (r.n !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['releases', i, 'n'],
          message: `expected release ${i + 1} (releases are numbered 1, 2, 3 … in order), found ${r.n}`,
        });
      const before = file.releases[i - 1];
      if (before && r.date < before.date)
        ctx.addIssue({
          code: 'custom',
          path: ['releases', i, 'date'],
          message: `expected a date on or after release ${before.n}'s (${before.date}), found ${r.date}`,
        });
    });
  });
