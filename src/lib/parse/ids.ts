/**
 * Structural IDs: the citation contract. They are derived only from a unit's
 * place in the document (part k, measure n, sentence i), never from its
 * content, and are the same in every language. Once published, never change.
 */
export const ids = {
  title: () => 'title',
  issuers: () => 'issuers',
  dateline: () => 'dateline',
  preambleSentence: (i: number) => `preamble.s${i}`,
  part: (k: number) => `p${k}`,
  partHeading: (k: number) => `p${k}.heading`,
  paragraph: (k: number, j: number) => `p${k}.para${j}`,
  paragraphSentence: (k: number, j: number, i: number) => `p${k}.para${j}.s${i}`,
  measure: (n: number) => `m${n}`,
  measureSentence: (n: number, i: number) => `m${n}.s${i}`,
} as const;

/** Every ID the scheme can produce, and nothing else. */
export const ID_PATTERN =
  /^(?:title|issuers|dateline|preamble\.s[1-9]\d*|p[1-9]\d*(?:\.heading|\.para[1-9]\d*(?:\.s[1-9]\d*)?)?|m[1-9]\d*(?:\.s[1-9]\d*)?)$/;

/** The slug of a document comes from its seed's file name: `trade-2019.zh.txt` → `trade-2019`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SEED_SUFFIX = '.zh.txt';

export function slugFromFileName(name: string): string | undefined {
  if (!name.endsWith(SEED_SUFFIX)) return undefined;
  const slug = name.slice(0, -SEED_SUFFIX.length);
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/** The fragment a sentence has on its measure page: `m14.s2` → `s2`. Other pages use the full ID. */
export function measureFragment(sentenceId: string): string {
  const dot = sentenceId.indexOf('.');
  return dot === -1 ? sentenceId : sentenceId.slice(dot + 1);
}
