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
