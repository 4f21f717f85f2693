/**
 * A document's releases as the records carry them: computed once by `npm run content` from
 * content/releases/ (src/lib/content/releases.ts), and read here by pages, exports and citations,
 * which never open a release file themselves.
 */
import { z } from 'astro/zod';
import { isId } from './ids.ts';

/** A text in both languages of the edition. */
export const BilingualSchema = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }).strict();

/** Why one unit, termbase entry or theme changed in a release: in both languages, or in English only. */
export const UnitNoteSchema = z.union([z.string().trim().min(1), BilingualSchema]);
export type UnitNote = z.output<typeof UnitNoteSchema>;

/** Why units changed: unit ID → note. */
export const UnitNotesSchema = z.record(z.string().refine(isId, { message: 'expected a unit ID such as m14.s2' }), UnitNoteSchema);

/** One numbered, dated release of the edition's content, its notes merged from the releases file and its notes file. */
export const ReleaseSchema = z.object({
  /** 1, 2, 3 …, in order, without gaps. */
  n: z.number().int().positive(),
  /** The day the release was published, ISO 8601. */
  date: z.iso.date(),
  /** What changed, for readers. */
  summary: BilingualSchema,
  /** Why units changed, by unit ID. */
  notes: z.record(z.string(), UnitNoteSchema),
  /** Why termbase entries changed, by slug. */
  annotationNotes: z.record(z.string(), UnitNoteSchema),
  /** Why themes changed, by slug. */
  themeNotes: z.record(z.string(), UnitNoteSchema),
});
export type Release = z.output<typeof ReleaseSchema>;

/** The release the current content belongs to, as exports and citations state it. */
export interface ReleaseStamp {
  readonly n: number;
  readonly date: string;
}

/** What a release says for one unit: its Chinese and (once translated) its English. */
const UnitTextSchema = z.object({ id: z.string(), zh: z.string(), en: z.string().optional() });
export type UnitText = z.output<typeof UnitTextSchema>;

/** A unit that changed in a release, with what it said before and after. */
const UnitChangeSchema = z.object({ id: z.string(), before: UnitTextSchema, after: UnitTextSchema });
export type UnitChange = z.output<typeof UnitChangeSchema>;

/** One wording of a unit's English and the release that introduced it. */
const WordingSchema = z.object({ release: z.number().int().positive(), en: z.string() });
export type Wording = z.output<typeof WordingSchema>;

/** One file a frozen release keeps (its exports, its books), as checked against its SHA256SUMS. */
const FrozenFileSchema = z.object({
  name: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FrozenFile = z.output<typeof FrozenFileSchema>;

export const ReleasesRecordSchema = z.object({
  /** The releases file, e.g. content/releases/trade-2019.yaml; each frozen release is in the folder {slug}/{n}/ beside it. */
  file: z.string().min(1),
  /** Every release, oldest first; the last describes the current content. */
  releases: z.array(ReleaseSchema).min(1),
  /** The files of each frozen release, in name order. */
  frozen: z.array(z.object({ n: z.number().int().positive(), files: z.array(FrozenFileSchema) })),
  /** The units each release changed (none in release 1), in the release's order. */
  changes: z.array(z.object({ n: z.number().int().positive(), units: z.array(UnitChangeSchema) })),
  /** Each unit's English wordings, oldest first, by unit ID. */
  wordings: z.record(z.string(), z.array(WordingSchema)),
});
export type ReleasesRecord = z.output<typeof ReleasesRecordSchema>;

/** What the pages read about an edition's releases. */
interface WithReleases {
  readonly releases?: ReleasesRecord | undefined;
}

/** The latest release: the one the current content belongs to. */
export function latestRelease(edition: WithReleases): Release | undefined {
  return edition.releases?.releases.at(-1);
}

/** The release the current content belongs to, as exports and citations state it. */
export function currentRelease(edition: WithReleases): ReleaseStamp | undefined {
  const latest = latestRelease(edition);
  return latest ? { n: latest.n, date: latest.date } : undefined;
}

/** A unit's English wordings, oldest first, each with the release that introduced it. */
export function historyOf(edition: WithReleases, id: string): Wording[] {
  return edition.releases?.wordings[id] ?? [];
}

/** The units changed in release n (none in release 1). */
export function changesIn(edition: WithReleases, n: number): UnitChange[] {
  return edition.releases?.changes.find((c) => c.n === n)?.units ?? [];
}

/** IDs of the units the latest release revised. */
export function revisedInLatest(edition: WithReleases): ReadonlySet<string> {
  const latest = latestRelease(edition);
  return new Set(latest ? changesIn(edition, latest.n).map((c) => c.id) : []);
}

/** The files frozen release n keeps, or undefined while it is the current, unfrozen release. */
export function frozenFiles(edition: WithReleases, n: number): readonly FrozenFile[] | undefined {
  return edition.releases?.frozen.find((f) => f.n === n)?.files;
}
