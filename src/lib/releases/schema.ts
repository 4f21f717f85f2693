import { z } from 'astro/zod';
import { isId } from '../records/ids.ts';

/** A text in both languages of the edition. */
const Bilingual = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }).strict();

/** Why one unit changed in a release: in both languages, or in English only. */
export const UnitNoteSchema = z.union([z.string().trim().min(1), Bilingual]);

/** A notes file written beside the releases file (`{doc}.release-{n}-notes.yaml`): unit ID → note. */
export const UnitNotesSchema = z.record(z.string().refine(isId, { message: 'expected a unit ID such as m14.s2' }), UnitNoteSchema);

/** One numbered, dated release of the edition's content. */
export const ReleaseSchema = z
  .object({
    /** 1, 2, 3 …, in order, without gaps. */
    n: z.number().int().positive(),
    /** The day the release was published, ISO 8601. */
    date: z.iso.date(),
    /** What changed, for readers, in both languages. */
    summary: Bilingual,
    /** Why a unit changed, by unit ID (optional). */
    notes: UnitNotesSchema.optional(),
    /** A notes file beside this one, in the same form as `notes` (optional). */
    notesFile: z.string().regex(/^[a-z0-9-]+\.release-\d+-notes\.yaml$/, { message: 'expected a file name like trade-2019.release-2-notes.yaml' }).optional(),
  })
  .strict();

/** content/releases/{doc}.yaml */
export const ReleasesFileSchema = z
  .object({ releases: z.array(ReleaseSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    file.releases.forEach((r, i) => {
      if (r.n !== i + 1) ctx.addIssue({ code: 'custom', path: ['releases', i, 'n'], message: `expected release ${i + 1} (releases are numbered 1, 2, 3 … in order), found ${r.n}` });
      const before = file.releases[i - 1];
      if (before && r.date < before.date) ctx.addIssue({ code: 'custom', path: ['releases', i, 'date'], message: `expected a date on or after release ${before.n}'s (${before.date}), found ${r.date}` });
    });
  });

export type UnitNote = z.output<typeof UnitNoteSchema>;
export type Release = Omit<z.output<typeof ReleaseSchema>, 'notesFile'> & { readonly notes: Readonly<Record<string, UnitNote>> };
