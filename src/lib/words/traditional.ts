import * as OpenCC from 'opencc-js';

/**
 * OpenCC's simplified-to-traditional conversion (`s2t`: from `cn` to `t`,
 * OpenCC's standard traditional). Chosen over the Taiwan (`tw`) and Hong Kong
 * (`hk`) targets because it is the conservative, region-neutral form
 * dictionaries (CC-CEDICT among them) give as the traditional headword; the
 * regional targets change glyph variants (裡/裏, 台/臺) to local usage.
 * It works at phrase level: OpenCC matches the longest phrase of its
 * dictionary first (干部 → 幹部 but 若干 stays 若干).
 */
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });

/** The traditional form of each token, converted over the whole sentence so phrases across token boundaries are seen. */
export function tokenTraditional(tokens: readonly string[]): string[] {
  const converted = [...s2t(tokens.join(''))];
  if (converted.length !== [...tokens.join('')].length) return tokens.map((t) => s2t(t));
  const out: string[] = [];
  let at = 0;
  for (const token of tokens) {
    const n = [...token].length;
    out.push(converted.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}
