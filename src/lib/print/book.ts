/**
 * The printed and e-book editions of a release, as one model both are set
 * from: the release's frozen JSON export (so a release's book says exactly
 * what the release froze), walked in source order by the one walk, with the
 * termbase as a glossary. Pure.
 */
import { exportTree, type Export } from '../export/json.ts';
import type { Annotation } from '../records/index.ts';
import { measureNumber, partNumber, withoutFinalStop } from '../records/labels.ts';
import { walkTree } from '../records/walk.ts';
import { EDITION } from '../cite/edition.ts';
import { releaseDataPath } from '../frozen/archive.ts';
import type { ReleaseStamp } from '../export/context.ts';

/** One citable unit: its ID, Chinese and (once translated) English. */
export interface BookUnit {
  readonly id: string;
  readonly zh: string;
  readonly en?: string | undefined;
}

/** A heading in both languages, with the ID it is reached by. */
export interface BookHeading {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

export interface BookMeasure extends BookHeading {
  readonly n: number;
  readonly units: readonly BookUnit[];
}

export interface BookPart extends BookHeading {
  readonly n: number;
  /** The part's heading, then its paragraphs' sentences. */
  readonly units: readonly BookUnit[];
  readonly measures: readonly BookMeasure[];
}

export interface GlossaryEntry {
  readonly slug: string;
  readonly zh: string;
  readonly pinyin: string;
  readonly en: string;
  readonly gloss: { readonly zh: string; readonly en: string };
}

/** The file names of a release's book files. */
export function bookFileNames(slug: string): { pdf: string; epub: string } {
  return { pdf: `${slug}.pdf`, epub: `${slug}.epub` };
}

export interface Book {
  readonly slug: string;
  readonly title: { readonly zh: string; readonly en: string; readonly full: string };
  readonly issuers: readonly { readonly zh: string; readonly en: string }[];
  /** Date of issue, ISO 8601. */
  readonly date: string;
  readonly release: ReleaseStamp;
  /** Issuers line, title, date line: the front units. */
  readonly front: readonly BookUnit[];
  readonly preamble: readonly BookUnit[];
  readonly parts: readonly BookPart[];
  readonly glossary: readonly GlossaryEntry[];
  /** When the files were made (ISO date): the termbase is the one of that day. */
  readonly made: string;
  readonly translator: { readonly zh: string; readonly en: string };
  readonly licence: { readonly zh: string; readonly en: string; readonly url: string };
  /**
   * Where the files are published for good. A full URL when the edition's
   * origin was known when the files were made; otherwise the path on the
   * edition's site (the files are binary, so no origin can be put in later).
   */
  readonly permanent: { readonly pdf: string; readonly epub: string; readonly edition: string };
}

export interface BookInput {
  /** The release's JSON export as frozen. */
  readonly json: Export;
  /** The termbase (the annotations of the records). */
  readonly termbase: readonly Annotation[];
  readonly made: string;
  /** The edition's published root (`https://example.org/edition/`), or undefined when not known. */
  readonly root?: string | undefined;
}

const unit = (s: { id: string; text: string; en?: string | undefined }): BookUnit => ({ id: s.id, zh: s.text, en: s.en });

/** The book of a release from its frozen JSON export. */
export function bookOf(input: BookInput): Book {
  const e = input.json;
  if (!e.release) throw new Error(`the JSON export of ${e.slug} states no release, expected release: { n, date }`);
  const parts: BookPart[] = [];
  const front: BookUnit[] = [];
  const preamble: BookUnit[] = [];
  const tree = exportTree(e);
  let part: { units: BookUnit[]; measures: BookMeasure[] } | undefined;
  let measure: { units: BookUnit[] } | undefined;
  for (const step of walkTree(tree)) {
    switch (step.kind) {
      case 'front':
        front.push(unit(step.sentence));
        break;
      case 'preamble':
        preamble.push(unit(step.sentence));
        break;
      case 'part': {
        const p = step.part;
        part = { units: [], measures: [] };
        parts.push({
          id: p.id,
          n: p.n,
          zh: `${partNumber('zh', p)}${p.heading.text}`,
          en: `${partNumber('en', p)} ${p.heading.en ?? p.heading.text}`,
          units: part.units,
          measures: part.measures,
        });
        break;
      }
      case 'part-heading':
      case 'paragraph-sentence':
        part?.units.push(unit(step.sentence));
        break;
      case 'paragraph':
        break;
      case 'measure': {
        const m = step.measure;
        measure = { units: [] };
        part?.measures.push({
          id: m.id,
          n: m.n,
          zh: `${measureNumber('zh', m)}${m.heading.zh}`,
          en: `${measureNumber('en', m)} ${m.heading.en ?? withoutFinalStop(m.heading.zh)}`,
          units: measure.units,
        });
        break;
      }
      case 'measure-sentence':
        measure?.units.push(unit(step.sentence));
        break;
    }
  }
  const root = input.root;
  const names = bookFileNames(e.slug);
  const at = (path: string): string => (root ? new URL(path.slice(1), root).href : path);
  return {
    slug: e.slug,
    title: { zh: e.title.zh, en: e.title.en ?? e.title.zh, full: e.title.full },
    issuers: e.issuers.map((i) => ({ zh: i.zh, en: i.en ?? i.zh })),
    date: e.date,
    release: { n: e.release.n, date: e.release.date },
    front,
    preamble,
    parts,
    glossary: glossaryOf(input.termbase),
    made: input.made,
    translator: EDITION.translator,
    licence: { ...EDITION.licence.name, url: EDITION.licence.url },
    permanent: {
      pdf: at(releaseDataPath(e.release.n, names.pdf)),
      epub: at(releaseDataPath(e.release.n, names.epub)),
      edition: at(`/en/${e.slug}/`),
    },
  };
}

/** The termbase's entries, by pinyin (tone marks folded), then by Chinese. */
export function glossaryOf(termbase: readonly Annotation[]): GlossaryEntry[] {
  // The site's glossary lists every entry, translation notes included; so does the book's.
  const key = (a: Annotation): string => a.pinyin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...termbase]
    .sort((a, b) => key(a).localeCompare(key(b), 'en') || a.zh.localeCompare(b.zh, 'zh'))
    .map((a) => ({ slug: a.slug, zh: a.zh, pinyin: a.pinyin, en: a.en, gloss: a.gloss }));
}

/** Every unit of the book in source order. */
export function bookUnits(book: Book): BookUnit[] {
  return [...book.front, ...book.preamble, ...book.parts.flatMap((p) => [...p.units, ...p.measures.flatMap((m) => m.units)])];
}
