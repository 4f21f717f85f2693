import type { Edition, Sentence } from './index.ts';

/** Every sentence-like unit of an edition, in document order. */
export function allSentences(edition: Edition): Sentence[] {
  const d = edition.document;
  const byNumber = new Map(edition.measures.map((m) => [m.n, m]));
  return [
    d.issuersLine,
    d.title,
    d.dateline,
    ...d.preamble,
    ...edition.parts.flatMap((p) => [
      p.heading,
      ...p.paragraphs.flatMap((q) => q.sentences),
      ...p.measures.flatMap((n) => byNumber.get(n)?.sentences ?? []),
    ]),
  ];
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
