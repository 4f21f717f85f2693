import type { Edition } from '../records/index.ts';

/**
 * The records' tokens in source order: issuers, title, date line, preamble,
 * then each part (label, heading, paragraphs) followed by its measures
 * (label, sentences). Equal to the seed's token stream when the parse is lossless.
 */
export function editionTokens(edition: Edition): string[] {
  const d = edition.document;
  const byNumber = new Map(edition.measures.map((m) => [m.n, m]));
  return [
    ...d.issuersLine.tokens,
    ...d.title.tokens,
    ...d.dateline.tokens,
    ...d.preamble.flatMap((s) => s.tokens),
    ...edition.parts.flatMap((p) => [
      ...p.label,
      ...p.heading.tokens,
      ...p.paragraphs.flatMap((q) => q.sentences.flatMap((s) => s.tokens)),
      ...p.measures.flatMap((n) => {
        const m = byNumber.get(n);
        return m ? [...m.label, ...m.sentences.flatMap((s) => s.tokens)] : [];
      }),
    ]),
  ];
}
