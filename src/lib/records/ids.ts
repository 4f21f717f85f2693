/**
 * The grammar of structural IDs: the citation contract, in one place.
 *
 * An ID comes only from a unit's place in the document (part k, paragraph j, measure n, sentence i), never
 * from its content, and is the same in every language. Once published it never changes. Every other module
 * reads and writes IDs through `parseId` and `formatId`; no other file holds a regular expression over IDs.
 *
 *   issuers | title | dateline                front matter
 *   preamble.s{i}                             preamble sentence
 *   p{k} | p{k}.heading                       part, its heading
 *   p{k}.para{j} | p{k}.para{j}.s{i}          unnumbered paragraph of a part, its sentence
 *   m{n} | m{n}.s{i}                          measure (numbered across parts), its sentence
 */

export type FrontMatterId = { kind: 'issuers' } | { kind: 'title' } | { kind: 'dateline' };
export type PreambleSentenceId = { kind: 'preamble-sentence'; sentence: number };
export type PartId = { kind: 'part'; part: number };
export type PartHeadingId = { kind: 'part-heading'; part: number };
export type ParagraphId = { kind: 'paragraph'; part: number; paragraph: number };
export type ParagraphSentenceId = { kind: 'paragraph-sentence'; part: number; paragraph: number; sentence: number };
export type MeasureId = { kind: 'measure'; measure: number };
export type MeasureSentenceId = { kind: 'measure-sentence'; measure: number; sentence: number };

/** A structural ID, read. */
export type UnitId =
  FrontMatterId | PreambleSentenceId | PartId | PartHeadingId | ParagraphId | ParagraphSentenceId | MeasureId | MeasureSentenceId;

export type UnitKind = UnitId['kind'];

/** The IDs that name one sentence (or sentence-like line) of text: what a translation entry is keyed by. */
export type SegmentId = FrontMatterId | PreambleSentenceId | PartHeadingId | ParagraphSentenceId | MeasureSentenceId;

const NUMBER = '([1-9]\\d*)';
const GRAMMAR = new RegExp(
  `^(?:(issuers|title|dateline)|preamble\\.s${NUMBER}|p${NUMBER}(?:(\\.heading)|\\.para${NUMBER}(?:\\.s${NUMBER})?)?|m${NUMBER}(?:\\.s${NUMBER})?)$`,
);

/**
 * Every ID the scheme can produce, and nothing else, as one pattern without groups: for zod schemas and the
 * published JSON Schema (whose text is part of the export, so it is kept exactly as first published).
 */
export const ID_PATTERN =
  /^(?:title|issuers|dateline|preamble\.s[1-9]\d*|p[1-9]\d*(?:\.heading|\.para[1-9]\d*(?:\.s[1-9]\d*)?)?|m[1-9]\d*(?:\.s[1-9]\d*)?)$/;

const N = '[1-9]\\d*';
const SHAPES: Readonly<Record<UnitKind, string>> = {
  issuers: 'issuers',
  title: 'title',
  dateline: 'dateline',
  'preamble-sentence': `preamble\\.s${N}`,
  part: `p${N}`,
  'part-heading': `p${N}\\.heading`,
  paragraph: `p${N}\\.para${N}`,
  'paragraph-sentence': `p${N}\\.para${N}\\.s${N}`,
  measure: `m${N}`,
  'measure-sentence': `m${N}\\.s${N}`,
};

/** The pattern of the IDs of one kind, e.g. `^m[1-9]\d*$` for measures (zod schemas, the JSON Schema). */
export function idPattern(kind: UnitKind): RegExp {
  return new RegExp(`^${SHAPES[kind]}$`);
}

/** Read an ID; `undefined` when the text is not an ID of the scheme (a leading zero, a stray dot, …). */
export function parseId(text: string): UnitId | undefined {
  const match = GRAMMAR.exec(text);
  if (!match) return undefined;
  const [, front, preamble, part, heading, paragraph, paragraphSentence, measure, measureSentence] = match;
  if (front === 'issuers' || front === 'title' || front === 'dateline') return { kind: front };
  if (preamble) return { kind: 'preamble-sentence', sentence: Number(preamble) };
  if (part) {
    const k = Number(part);
    if (heading) return { kind: 'part-heading', part: k };
    if (paragraph && paragraphSentence) {
      return { kind: 'paragraph-sentence', part: k, paragraph: Number(paragraph), sentence: Number(paragraphSentence) };
    }
    if (paragraph) return { kind: 'paragraph', part: k, paragraph: Number(paragraph) };
    return { kind: 'part', part: k };
  }
  if (measure && measureSentence) return { kind: 'measure-sentence', measure: Number(measure), sentence: Number(measureSentence) };
  if (measure) return { kind: 'measure', measure: Number(measure) };
  return undefined;
}

/** Write an ID; `parseId(formatId(id))` gives `id` back for every valid ID. */
export function formatId(id: UnitId): string {
  switch (id.kind) {
    case 'issuers':
    case 'title':
    case 'dateline':
      return id.kind;
    case 'preamble-sentence':
      return `preamble.s${id.sentence}`;
    case 'part':
      return `p${id.part}`;
    case 'part-heading':
      return `p${id.part}.heading`;
    case 'paragraph':
      return `p${id.part}.para${id.paragraph}`;
    case 'paragraph-sentence':
      return `p${id.part}.para${id.paragraph}.s${id.sentence}`;
    case 'measure':
      return `m${id.measure}`;
    case 'measure-sentence':
      return `m${id.measure}.s${id.sentence}`;
  }
}

/** True when the text is an ID of the scheme. */
export function isId(text: string): boolean {
  return parseId(text) !== undefined;
}

/** Read an ID that must be of one kind; `undefined` otherwise. */
export function parseIdOf<K extends UnitKind>(text: string, kind: K): Extract<UnitId, { kind: K }> | undefined {
  const id = parseId(text);
  return id?.kind === kind ? (id as Extract<UnitId, { kind: K }>) : undefined;
}

/** Read the ID of a measure's sentence, which the caller knows it is; any other text is a fault, never a silent 0. */
export function measureSentenceOf(text: string): MeasureSentenceId {
  const id = parseIdOf(text, 'measure-sentence');
  if (!id) throw new Error(`expected the ID of a measure's sentence such as m14.s2, found "${text}"`);
  return id;
}

/** The unit that contains this one (a sentence's measure, paragraph or part), or `undefined` at the top. */
export function parentId(id: UnitId): UnitId | undefined {
  switch (id.kind) {
    case 'part-heading':
    case 'paragraph':
      return { kind: 'part', part: id.part };
    case 'paragraph-sentence':
      return { kind: 'paragraph', part: id.part, paragraph: id.paragraph };
    case 'measure-sentence':
      return { kind: 'measure', measure: id.measure };
    case 'issuers':
    case 'title':
    case 'dateline':
    case 'preamble-sentence':
    case 'part':
    case 'measure':
      return undefined;
  }
}

/**
 * The fragment a unit has on its own measure page: `m14.s2` → `s2`. Pages that hold more than one measure
 * (the document, a part) use the full ID as the fragment; both forms resolve on every page that holds the unit.
 */
export function measureFragment(id: MeasureSentenceId): string {
  return `s${id.sentence}`;
}

/** A unit's fragment on its measure's own page: `m14.s2` → `s2`; any other ID is its own fragment. */
export function fragmentOnMeasurePage(text: string): string {
  const id = parseId(text);
  return id?.kind === 'measure-sentence' ? measureFragment(id) : text;
}

/** The measure a unit belongs to (a measure or its sentence), or `undefined`. */
export function measureOf(text: string): number | undefined {
  const id = parseId(text);
  return id?.kind === 'measure' || id?.kind === 'measure-sentence' ? id.measure : undefined;
}

/** The part a unit is written in by its ID (a part, its heading, paragraphs and their sentences), or `undefined`. */
export function partOf(text: string): number | undefined {
  const id = parseId(text);
  return id && 'part' in id ? id.part : undefined;
}

/** The top-level unit a unit stands in: `m14.s2` → `m14`, `p1.para2.s1` → `p1`, `preamble.s3` → `preamble`. */
export function topLevelOf(text: string): string {
  const id = parseId(text);
  if (id === undefined) return text;
  if (id.kind === 'preamble-sentence') return 'preamble';
  if ('measure' in id) return formatId({ kind: 'measure', measure: id.measure });
  if ('part' in id) return formatId({ kind: 'part', part: id.part });
  return formatId(id);
}

/** Shorthand constructors, for code that builds IDs from numbers it already has. */
export const ids = {
  title: (): string => formatId({ kind: 'title' }),
  issuers: (): string => formatId({ kind: 'issuers' }),
  dateline: (): string => formatId({ kind: 'dateline' }),
  preambleSentence: (sentence: number): string => formatId({ kind: 'preamble-sentence', sentence }),
  part: (part: number): string => formatId({ kind: 'part', part }),
  partHeading: (part: number): string => formatId({ kind: 'part-heading', part }),
  paragraph: (part: number, paragraph: number): string => formatId({ kind: 'paragraph', part, paragraph }),
  paragraphSentence: (part: number, paragraph: number, sentence: number): string =>
    formatId({ kind: 'paragraph-sentence', part, paragraph, sentence }),
  measure: (measure: number): string => formatId({ kind: 'measure', measure }),
  measureSentence: (measure: number, sentence: number): string => formatId({ kind: 'measure-sentence', measure, sentence }),
} as const;
