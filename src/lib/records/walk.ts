/**
 * The walk through a document in source order, in one place: front matter (issuers, title, date line), the
 * preamble, then each part (its label, heading and paragraphs) followed by its measures (label, sentences).
 * The lossless check depends on this order: the tokens met on the walk are the seed's token stream.
 *
 * The walk is written once over `SourceTree`, the shape shared by the records (`Edition`) and the JSON export,
 * so the records, the export, the validation, the CSV and Akoma Ntoso exports, the pages' paths and the search
 * records all meet the units in the same order.
 */
import type { Edition, Measure, Part, Paragraph, Sentence } from './index.ts';
import { parseId, type FrontMatterId, type PreambleSentenceId, type UnitId } from './ids.ts';

/** A sentence-like unit as the walk needs it. */
export interface TreeSentence {
  readonly tokens: readonly string[];
}

/** A document in the shape the walk needs; the records and the JSON export both have it. */
export interface SourceTree<S extends TreeSentence, P extends TreePart<S>, M extends TreeMeasure<S>> {
  readonly front: readonly S[];
  readonly preamble: readonly S[];
  readonly parts: readonly P[];
  /** The one number-to-measure lookup. */
  readonly measure: (n: number) => M | undefined;
}
export interface TreePart<S extends TreeSentence> {
  readonly label: readonly string[];
  readonly heading: S;
  readonly paragraphs: readonly { readonly sentences: readonly S[] }[];
  readonly measures: readonly number[];
}
export interface TreeMeasure<S extends TreeSentence> {
  readonly label: readonly string[];
  readonly sentences: readonly S[];
}

/** One step of the walk. Containers (`part`, `paragraph`, `measure`) come before what they hold. */
export type Step<S, P, Q, M> =
  | { readonly kind: 'front'; readonly sentence: S }
  | { readonly kind: 'preamble'; readonly sentence: S }
  | { readonly kind: 'part'; readonly part: P }
  | { readonly kind: 'part-heading'; readonly part: P; readonly sentence: S }
  | { readonly kind: 'paragraph'; readonly part: P; readonly paragraph: Q }
  | { readonly kind: 'paragraph-sentence'; readonly part: P; readonly paragraph: Q; readonly sentence: S }
  | { readonly kind: 'measure'; readonly part: P; readonly measure: M }
  | { readonly kind: 'measure-sentence'; readonly part: P; readonly measure: M; readonly sentence: S };

/** Every unit of a tree in source order. */
export function* walkTree<S extends TreeSentence, P extends TreePart<S>, M extends TreeMeasure<S>>(
  tree: SourceTree<S, P, M>,
): Generator<Step<S, P, P['paragraphs'][number], M>> {
  for (const sentence of tree.front) yield { kind: 'front', sentence };
  for (const sentence of tree.preamble) yield { kind: 'preamble', sentence };
  for (const part of tree.parts) {
    yield { kind: 'part', part };
    yield { kind: 'part-heading', part, sentence: part.heading };
    for (const paragraph of part.paragraphs) {
      yield { kind: 'paragraph', part, paragraph };
      for (const sentence of paragraph.sentences) yield { kind: 'paragraph-sentence', part, paragraph, sentence };
    }
    for (const n of part.measures) {
      const measure = tree.measure(n);
      if (!measure) continue;
      yield { kind: 'measure', part, measure };
      for (const sentence of measure.sentences) yield { kind: 'measure-sentence', part, measure, sentence };
    }
  }
}

/** The tokens met on the walk: the seed's token stream when the records are lossless. */
export function treeTokens<S extends TreeSentence, P extends TreePart<S>, M extends TreeMeasure<S>>(tree: SourceTree<S, P, M>): string[] {
  return [...walkTree(tree)].flatMap((step): readonly string[] => {
    switch (step.kind) {
      case 'part':
        return step.part.label;
      case 'measure':
        return step.measure.label;
      case 'paragraph':
        return [];
      case 'front':
      case 'preamble':
      case 'part-heading':
      case 'paragraph-sentence':
      case 'measure-sentence':
        return step.sentence.tokens;
    }
  });
}

const lookups = new WeakMap<Edition, Map<number, Measure>>();
/** The measure numbered `n` in an edition (built once per edition). */
export function measureByNumber(edition: Edition, n: number): Measure | undefined {
  let index = lookups.get(edition);
  if (!index) {
    index = new Map(edition.measures.map((m) => [m.n, m]));
    lookups.set(edition, index);
  }
  return index.get(n);
}

/** An edition's records as a tree for the walk. */
export function editionTree(edition: Edition): SourceTree<Sentence, Part, Measure> {
  const d = edition.document;
  return {
    front: [d.issuersLine, d.title, d.dateline],
    preamble: d.preamble,
    parts: edition.parts,
    measure: (n) => measureByNumber(edition, n),
  };
}

/** The parsed ID a step of each kind carries. */
type RefOf<K extends Step<unknown, unknown, unknown, unknown>['kind']> = K extends 'front'
  ? FrontMatterId
  : K extends 'preamble'
    ? PreambleSentenceId
    : Extract<UnitId, { kind: K }>;

type RecordStep = Step<Sentence, Part, Paragraph, Measure>;

/** A step of an edition's walk, carrying its unit's ID parsed (`ref`), so no caller parses an ID back. */
export type EditionStep = { [K in RecordStep['kind']]: Extract<RecordStep, { kind: K }> & { readonly ref: RefOf<K> } }[RecordStep['kind']];

const walks = new WeakMap<Edition, EditionStep[]>();
/** An edition's units in source order, each with its parsed ID (parsed here once per edition). */
export function walk(edition: Edition): readonly EditionStep[] {
  let steps = walks.get(edition);
  if (!steps) {
    steps = [...walkTree(editionTree(edition))].map((step) => {
      const id = unitOf(step).id;
      const ref = parseId(id);
      // The records were validated against the ID grammar, and the walk gives each kind its own kind of ID.
      if (!ref || !refFits(step.kind, ref)) throw new Error(`${id}: not an ID of a ${step.kind} step`);
      return { ...step, ref } as EditionStep;
    });
    walks.set(edition, steps);
  }
  return steps;
}

/** Whether a parsed ID is of the kind a step of this kind carries. */
function refFits(kind: RecordStep['kind'], ref: UnitId): boolean {
  switch (kind) {
    case 'front':
      return ref.kind === 'issuers' || ref.kind === 'title' || ref.kind === 'dateline';
    case 'preamble':
      return ref.kind === 'preamble-sentence';
    case 'part':
    case 'part-heading':
    case 'paragraph':
    case 'paragraph-sentence':
    case 'measure':
    case 'measure-sentence':
      return ref.kind === kind;
  }
}

/** The sentences of one measure with their parsed IDs, in order. */
export function measureSentences(edition: Edition, measure: Measure): Extract<EditionStep, { kind: 'measure-sentence' }>[] {
  return walk(edition).filter(
    (step): step is Extract<EditionStep, { kind: 'measure-sentence' }> => step.kind === 'measure-sentence' && step.measure.n === measure.n,
  );
}

/** Every sentence-like unit of an edition, in document order. */
export function allSentences(edition: Edition): Sentence[] {
  return walk(edition).flatMap((step) => ('sentence' in step ? [step.sentence] : []));
}

/** Every structural ID in the edition, in document order. */
export function allIds(edition: Edition): string[] {
  return walk(edition).map((step) => unitOf(step).id);
}

/** The unit a step stands for: the sentence, or the part, paragraph or measure entered. */
function unitOf(step: RecordStep): { id: string } {
  if ('sentence' in step) return step.sentence;
  if (step.kind === 'part') return step.part;
  return step.kind === 'paragraph' ? step.paragraph : step.measure;
}

/** The records' tokens in source order; equal to the seed's token stream when the parse is lossless. */
export function editionTokens(edition: Edition): string[] {
  return treeTokens(editionTree(edition));
}

/** The measures of a part, in order. */
export function measuresOf(edition: Edition, part: Part): Measure[] {
  return part.measures.flatMap((n) => measureByNumber(edition, n) ?? []);
}

/** Every measure in source order (part by part). */
export function measuresInOrder(edition: Edition): Measure[] {
  return edition.parts.flatMap((part) => measuresOf(edition, part));
}

/** The edition with every sentence-like unit replaced by `f(sentence)`, in the same places. */
export function mapSentences(edition: Edition, f: (s: Sentence) => Sentence): Edition {
  const d = edition.document;
  return {
    ...edition,
    document: { ...d, issuersLine: f(d.issuersLine), title: f(d.title), dateline: f(d.dateline), preamble: d.preamble.map(f) },
    parts: edition.parts.map((p) => ({
      ...p,
      heading: f(p.heading),
      paragraphs: p.paragraphs.map((q) => ({ ...q, sentences: q.sentences.map(f) })),
    })),
    measures: edition.measures.map((m) => ({ ...m, sentences: m.sentences.map(f) })),
  };
}
