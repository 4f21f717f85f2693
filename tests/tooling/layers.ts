/**
 * The layers of the code, lowest first, and the rule engine that keeps imports running down them
 * (dependency-cruiser). A folder may import folders on its own floor or below, never above; no module may take part
 * in an import cycle; and no two folders may import each other, even through different files. `src/lib/README.md`
 * draws the same floors.
 */
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';

/** The floors, lowest first. Each entry is a folder relative to the repository root. */
export const FLOORS: readonly (readonly string[])[] = [
  // 0: the interface strings, content errors and their readers, and leaf helpers that know no records.
  ['src/i18n', 'src/lib/checked', 'src/lib/security', 'src/lib/settings'],
  // 1: the records: schemas, the ID grammar, the walk, labels, numerals, punctuation, slugs.
  ['src/lib/records'],
  // 2: where each unit lives: the URL scheme.
  ['src/lib/urls'],
  // 3: pure computations on one kind of input: parsing the seed, aligning the translation, release history.
  ['src/lib/parse', 'src/lib/translation', 'src/lib/releases'],
  // 4: computations over parsed records: annotations, words.
  ['src/lib/annotate', 'src/lib/words'],
  // 5: the content build, the only reader of every input.
  ['src/lib/content'],
  // 6: records → bytes: downloads, citations, the offline groups.
  ['src/lib/export', 'src/lib/cite', 'src/lib/offline'],
  // 7: the frozen exports of each release.
  ['src/lib/frozen'],
  // 8: page glue: static paths, endpoints, JSON-LD, sitemap; a release's printed and e-book editions.
  ['src/lib/site', 'src/lib/print'],
  // 9: search records and ranking, shared by the index build and the browser.
  ['src/lib/search'],
  // 10: the browser's code.
  ['src/client'],
  // 11: the command-line entry points.
  ['scripts'],
];

const escape = (folder: string): string => folder.replaceAll('.', '\\.').replaceAll('/', '\\/');
const anyOf = (folders: readonly string[]): string => `^(?:${folders.map(escape).join('|')})/`;

/** One rule per floor: nothing on it imports a floor above it. */
function layerRules(): IForbiddenRuleType[] {
  return FLOORS.slice(0, -1).map((floor, i) => ({
    name: `floor-${i}-imports-only-down`,
    comment: `${floor.join(', ')} may import only floors 0–${i}`,
    severity: 'error',
    from: { path: anyOf(floor) },
    to: { path: anyOf(FLOORS.slice(i + 1).flat()) },
  }));
}

/**
 * The only modules of src/ that open files: the content step's readers, the collection's loader of the records, and
 * the readers of bytes published as they are (a frozen release's files, the seed) or checked against (the vendored
 * schemas). Everything a page shows comes from the records, so nothing else may read the disk while pages render.
 */
export const DISK_READERS: readonly string[] = ['src/lib/content/', 'src/lib/records/read.ts', 'src/lib/export/schemas.ts'];

const RULES: IForbiddenRuleType[] = [
  ...layerRules(),
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'reads-disk-only-in-readers',
    comment: `in src/, only ${DISK_READERS.join(', ')} may open files`,
    severity: 'error',
    from: { path: '^src/', pathNot: `^(?:${DISK_READERS.map(escape).join('|')})` },
    to: { path: '^(?:node:)?fs(?:/promises)?$', dependencyTypes: ['core'] },
  },
];

/** The folder of FLOORS a path lies in, if any. */
function folderOf(path: string): string | undefined {
  return FLOORS.flat().find((folder) => path.startsWith(`${folder}/`));
}

/**
 * Every import that runs against the layers, every cycle, and every pair of folders that import each other, found in
 * the given folders under `baseDir`, as readable lines.
 */
export async function layerViolations(baseDir: string, folders: readonly string[]): Promise<string[]> {
  const { output } = await cruise(
    [...folders],
    {
      baseDir,
      validate: true,
      ruleSet: { forbidden: RULES },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)node_modules/' },
    },
    {},
    {},
  );
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, expected a result object');
  const lines = output.summary.violations.map(
    (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
  );
  const folderEdges = new Map<string, string>();
  for (const module of output.modules) {
    const from = folderOf(module.source);
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (from !== undefined && to !== undefined && from !== to) {
        folderEdges.set(`${from} → ${to}`, `${module.source} → ${dependency.resolved}`);
      }
    }
  }
  for (const [edge, example] of folderEdges) {
    const [from, to] = edge.split(' → ');
    const back = folderEdges.get(`${to} → ${from}`);
    if (back !== undefined && (from ?? '') < (to ?? '')) {
      lines.push(`folders-import-each-other: ${edge} (${example}) and back (${back})`);
    }
  }
  return lines.sort();
}
