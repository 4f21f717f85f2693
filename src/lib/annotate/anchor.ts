import type { Occurrence, Sentence } from '../records/index.ts';

/**
 * Every place a token sequence occurs in the sentences: exact, consecutive
 * token matches (a substring inside a token never matches).
 */
export function findOccurrences(sequence: readonly string[], sentences: readonly Sentence[]): Occurrence[] {
  const out: Occurrence[] = [];
  if (sequence.length === 0) return out;
  for (const s of sentences) {
    for (let i = 0; i + sequence.length <= s.tokens.length; i++) {
      if (sequence.every((token, k) => s.tokens[i + k] === token)) {
        out.push({ sentence: s.id, start: i, end: i + sequence.length });
      }
    }
  }
  return out;
}

/** Occurrences of any of several sequences, in document order and without duplicates. */
export function anchor(sequences: readonly (readonly string[])[], sentences: readonly Sentence[]): Occurrence[] {
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const seen = new Set<string>();
  return sequences
    .flatMap((seq) => findOccurrences(seq, sentences))
    .filter((o) => {
      const key = `${o.sentence}:${o.start}:${o.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start || b.end - a.end);
}
