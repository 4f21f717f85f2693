import { z } from 'astro/zod';
import { isId } from '../records/ids.ts';

/** A text in both languages of the edition. */
const Bilingual = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }).strict();

/** Why one unit changed in a release: in both languages, or in English only. */
export const UnitNoteSchema = z.union([z.string().trim().min(1), Bilingual]);

/** Why units changed: unit ID → note. */
export const UnitNotesSchema = z.record(z.string().refine(isId, { message: 'expected a unit ID such as m14.s2' }), UnitNoteSchema);

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

/** One numbered, dated release of the edition's content. */
export const ReleaseSchema = z
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
  .object({ releases: z.array(ReleaseSchema).min(1) })
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

export type UnitNote = z.output<typeof UnitNoteSchema>;
export type Release = Omit<z.output<typeof ReleaseSchema>, 'notesFile' | 'summary' | 'notes'> & {
  readonly summary: { readonly en: string; readonly zh: string };
  /** Why units changed, by unit ID. */
  readonly notes: Readonly<Record<string, UnitNote>>;
  /** Why termbase entries and themes changed, by slug. */
  readonly annotationNotes: Readonly<Record<string, UnitNote>>;
  readonly themeNotes: Readonly<Record<string, UnitNote>>;
};

/** The release the current content belongs to, as exports and citations state it. */
export interface ReleaseStamp {
  readonly n: number;
  readonly date: string;
}
