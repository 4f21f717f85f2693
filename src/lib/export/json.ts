import { publishedEntry, publishedTheme, type Edition, type Sentence } from '../records/index.ts';
import type { BuildDate } from './build-date.ts';
import { measuresInOrder, treeTokens } from '../records/walk.ts';
import { withoutFinalStop } from '../records/labels.ts';
import { annotationLayer } from './anchors.ts';

/** Bumped whenever a field is removed or changes meaning; adding fields keeps the version. */
export const EXPORT_VERSION = 1;

/** A sentence as exported: ID, display text, English (when translated), source tokens and their pinyin. */
function unit(s: Sentence) {
  return { id: s.id, text: s.text, ...(s.en ? { en: s.en } : {}), tokens: s.tokens, ...(s.pinyin ? { pinyin: s.pinyin } : {}) };
}

/** What the export states about itself besides the records. */
export interface ExportMeta {
  /** Permanent URL of the JSON Schema the export conforms to (/data/schema/v1.json). */
  readonly schema: string;
  /** When the export was built (see build-date.ts). */
  readonly build: BuildDate;
  /** The release of the edition's content this export holds (content/releases/). */
  readonly release?: { readonly n: number; readonly date: string } | undefined;
}

/**
 * The machine-readable export served at /data/{slug}.json (JSON Schema in
 * json-schema.ts). Concatenating, in order, issuersLine, title, dateline,
 * preamble, then each part's label, heading, paragraphs and its measures'
 * labels and sentences gives back the source's token stream exactly.
 */
export function toExport(edition: Edition, meta: ExportMeta) {
  const d = edition.document;
  return {
    $schema: meta.schema,
    version: EXPORT_VERSION,
    slug: d.slug,
    title: {
      zh: d.title.text,
      ...(d.title.en ? { en: d.title.en } : {}),
      full: d.fullTitle,
      tokens: d.title.tokens,
      ...(d.title.pinyin ? { pinyin: d.title.pinyin } : {}),
    },
    issuers: d.issuers.map((zh, i) => ({ zh, ...(d.issuersEn?.[i] ? { en: d.issuersEn[i] } : {}) })),
    issuersLine: unit(d.issuersLine),
    date: d.date,
    dateline: unit(d.dateline),
    source: d.source.file,
    sha256: d.source.sha256,
    build: { date: meta.build.date, dateFrom: meta.build.from },
    ...(meta.release ? { release: { n: meta.release.n, date: meta.release.date } } : {}),
    preamble: { sentences: d.preamble.map(unit) },
    parts: edition.parts.map((p) => ({
      n: p.n,
      id: p.id,
      numeral: p.numeral,
      label: p.label,
      heading: unit(p.heading),
      paragraphs: p.paragraphs.map((q) => ({ id: q.id, sentences: q.sentences.map(unit) })),
      measures: p.measures,
    })),
    measures: measuresInOrder(edition).map((m) => {
      const s1 = m.sentences[0];
      const headingEn = s1?.en === undefined ? undefined : withoutFinalStop(s1.en);
      return {
        n: m.n,
        id: m.id,
        numeral: m.numeral,
        part: m.part,
        label: m.label,
        heading: { zh: m.heading, ...(headingEn ? { en: headingEn } : {}) },
        sentences: m.sentences.map(unit),
      };
    }),
    annotations: annotationLayer(edition).map(({ annotation: a, anchors }) => ({
      ...publishedEntry(a),
      anchors: anchors.map((x) => ({
        unit: x.unit,
        first: x.first,
        last: x.last,
        ...(x.en ? { en: { start: x.en.start, end: x.en.end, text: x.en.text } } : {}),
      })),
    })),
    themes: edition.themes.map(publishedTheme),
  };
}

export type Export = ReturnType<typeof toExport>;

/** The export as published: indented one space, one final newline. */
export function exportJson(edition: Edition, meta: ExportMeta): string {
  return `${JSON.stringify(toExport(edition, meta), null, 1)}\n`;
}

/**
 * The export as a tree for the walk (records/walk.ts), so anything read back from a published or frozen export meets
 * its units in source order. The export's title has no id field; as a unit its ID is `title`.
 */
export function exportTree(e: Export) {
  const byNumber = new Map(e.measures.map((m) => [m.n, m]));
  const title = { id: 'title', text: e.title.zh, en: e.title.en, tokens: e.title.tokens };
  return {
    front: [e.issuersLine, title, e.dateline],
    preamble: e.preamble.sentences,
    parts: e.parts,
    measure: (n: number) => byNumber.get(n),
  };
}

/** The export's tokens in source order (see toExport): the same walk as the records'. */
export function exportTokens(e: Export): string[] {
  return treeTokens(exportTree(e));
}
