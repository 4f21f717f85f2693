/**
 * Architecture rules kept as tests (in the spirit of Starlight's `no-internal-barrel-imports`): pure detectors over
 * source text, so each rule can be shown failing on a planted example before it is trusted on the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Source files under the given folders (TypeScript, Astro, JavaScript modules), as repository-relative paths. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(?:ts|astro|mjs|js)$/.test(entry.name)) out.push(path);
    }
  };
  for (const folder of folders) visit(folder);
  return out.sort();
}

/** One place in a file that breaks a rule. */
export interface Finding {
  line: number;
  text: string;
  why: string;
}

/**
 * What an ID-shaped regular expression, string split or hand-built ID looks like in source text. IDs are `issuers`,
 * `title`, `dateline`, `preamble.s{i}`, `p{k}`, `p{k}.heading`, `p{k}.para{j}(.s{i})`, `m{n}(.s{i})`; their
 * grammar lives in `src/lib/records/ids.ts` and nowhere else.
 */
const ID_SHAPES: readonly { pattern: RegExp; why: string }[] = [
  // A regular expression (literal or `new RegExp` string) for a measure or part number: ^m(\d+), ^p\d, m[1-9]\d*.
  { pattern: /[\^(|:][mp]\(?\\{1,2}d/, why: 'a regular expression over measure or part IDs' },
  { pattern: /(?:^|[^a-z])[mp]\[1-9\]/, why: 'a regular expression over measure or part IDs' },
  // A sentence or paragraph step: \.s(\d+), \.s[1-9], para(\d+), preamble\.s.
  { pattern: /\\{1,2}\.s(?:\(|\[1-9\]|\\{1,2}d)/, why: 'a regular expression over sentence IDs' },
  { pattern: /para(?:\(|\[1-9\]|\\{1,2}d)/, why: 'a regular expression over paragraph IDs' },
  { pattern: /preamble\\{1,2}\./, why: 'a regular expression over preamble IDs' },
  // Splitting an ID at its dots, or cutting it at the first dot.
  { pattern: /\.(?:split|indexOf|lastIndexOf)\(\s*(['"`])\.\1/, why: 'an ID cut at its dots' },
  // Writing an ID by hand: `m${n}`, `p${k}`, `.s${i}`, `.para${j}`.
  { pattern: /`[mp]\$\{|\.(?:s|para)\$\{|\$\{[^}]*\}\.(?:s\d|para\d|heading\b)/, why: 'an ID written by hand' },
];

/** Every line of a file's text that reads or writes IDs without the ID module. */
export function idShapedCode(text: string): Finding[] {
  return text.split('\n').flatMap((line, index) => {
    const shape = ID_SHAPES.find((s) => s.pattern.test(line));
    return shape ? [{ line: index + 1, text: line.trim(), why: shape.why }] : [];
  });
}

/** The module specifiers a file imports (static, dynamic and re-exports). */
export function importsOf(text: string): string[] {
  const found = [
    ...text.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1] ?? '');
}

/** Which folders a part of the tree may not import, each with the reason. */
export interface ImportRule {
  from: string;
  forbidden: readonly string[];
}

export const IMPORT_RULES: readonly ImportRule[] = [
  { from: 'src/client/', forbidden: ['tests/', 'bench/', 'scripts/'] },
  { from: 'src/pages/', forbidden: ['tests/', 'bench/', 'scripts/'] },
  { from: 'src/lib/', forbidden: ['tests/', 'bench/', 'scripts/', 'src/components/', 'src/pages/', 'src/layouts/'] },
];

/** The imports of one file (its repository-relative path and text) that break a rule. */
export function forbiddenImports(path: string, text: string, rules: readonly ImportRule[] = IMPORT_RULES): string[] {
  const rule = rules.find((r) => path.startsWith(r.from));
  if (!rule) return [];
  return importsOf(text).flatMap((specifier) => {
    if (!specifier.startsWith('.')) return [];
    const target = relative('.', normalize(join(dirname(path), specifier)));
    const hit = rule.forbidden.find((f) => `${target}/`.startsWith(f));
    return hit ? [`${path} imports ${specifier} (${hit} is not for ${rule.from})`] : [];
  });
}

/** Read a repository file. */
export const readSource = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

/** Casts of a route's props (`Astro.props as …`, `props as …`): route props are typed from `getStaticPaths`. */
export function propsCasts(text: string): Finding[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      /\bprops\)?\s+as\s/i.test(line) ? [{ line: index + 1, text: line.trim(), why: 'a cast of the route props' }] : [],
    );
}
