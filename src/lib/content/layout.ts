/**
 * Which files may stand where under content/ and seeds/, and which inputs every document needs. Pure: the
 * caller lists the files. A file the build would not read (a translation saved as `.yml`, an annotation as
 * `.md` or `.MDX`) is an error naming it, never silently skipped: skipped content vanishes from the site.
 */
import { parseDocument } from 'yaml';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Each kind of input and the one name pattern its files have, relative to its folder. */
export const LAYOUT = {
  seeds: { pattern: new RegExp(`^${SLUG}\\.zh\\.txt$`), expected: '{doc}.zh.txt' },
  translations: { pattern: new RegExp(`^${SLUG}\\.[a-z]{2}\\.yaml$`), expected: '{doc}.{lang}.yaml' },
  annotations: { pattern: new RegExp(`^${SLUG}/${SLUG}\\.mdx$`), expected: '{doc}/{annotation}.mdx' },
  themes: { pattern: new RegExp(`^${SLUG}\\.yaml$`), expected: '{doc}.yaml' },
  words: { pattern: new RegExp(`^${SLUG}\\.senses\\.yaml$`), expected: '{doc}.senses.yaml' },
} as const;
export type InputKind = keyof typeof LAYOUT;

/**
 * Entries allowed directly under content/: the input folders, the generated records, the releases
 * (`releases/{doc}.yaml` and the frozen exports under `releases/{doc}/{n}/`), a dictionary subset
 * (`dictionary/`), the reviewed senses of the words (`words/{doc}.senses.yaml`), the schemas the exports are
 * validated against (`standards/`), the absence list and a README.
 */
export const CONTENT_ROOT = ['translations', 'annotations', 'themes', 'words', 'records', 'releases', 'dictionary', 'standards', 'absent.yaml', 'README.md'] as const;

/** `relative` (to its folder, `/`-separated) is a file the build reads as `kind`, or an error naming it. */
export function layoutError(kind: InputKind, shown: string, relative: string): string | undefined {
  const { pattern, expected } = LAYOUT[kind];
  if (pattern.test(relative)) return undefined;
  return `${shown}: unexpected file in ${kind}: expected a name like ${expected} (lower-case, exactly this extension), found '${relative}'`;
}

/** Every entry directly under content/ that is not one of CONTENT_ROOT. */
export function contentRootErrors(root: string, entries: readonly string[]): string[] {
  const allowed: readonly string[] = CONTENT_ROOT;
  return entries.filter((e) => !allowed.includes(e)).map((e) => `${root}/${e}: unexpected entry in ${root}/: expected one of ${CONTENT_ROOT.join(', ')}`);
}

/** The inputs a document may lack on purpose, if `content/absent.yaml` says so. */
export const OPTIONAL_INPUTS = ['translation', 'annotations', 'themes'] as const;
export type OptionalInput = (typeof OPTIONAL_INPUTS)[number];
export type Absences = ReadonlyMap<string, ReadonlySet<OptionalInput>>;

/** Parse `absent.yaml`: `{doc}: [translation, annotations, themes]`, each listed input missing on purpose. */
export function parseAbsences(path: string, text: string): Absences {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new Error(`${pos ? `${path}:${pos.line}:${pos.col}` : path} expected valid YAML, found ${error.code}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const out = new Map<string, Set<OptionalInput>>();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: expected a map of {doc}: [inputs absent on purpose]`);
  for (const [slug, list] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new Error(`${path}: ${slug}: expected a list drawn from ${OPTIONAL_INPUTS.join(', ')}`);
    const set = new Set<OptionalInput>();
    for (const item of list) {
      const known = OPTIONAL_INPUTS.find((k) => k === item);
      if (!known) throw new Error(`${path}: ${slug}: expected one of ${OPTIONAL_INPUTS.join(', ')}, found ${JSON.stringify(item)}`);
      set.add(known);
    }
    out.set(slug, set);
  }
  return out;
}

/** For each document, the inputs it has none of and that absent.yaml does not excuse. */
export function missingInputErrors(
  slugs: readonly string[],
  have: { readonly translations: readonly string[]; readonly annotations: readonly string[]; readonly themes: readonly string[] },
  absences: Absences,
  where: { readonly translations: string; readonly annotations: string; readonly themes: string; readonly absent: string },
): string[] {
  const errors: string[] = [];
  for (const slug of slugs) {
    const excused = absences.get(slug) ?? new Set<OptionalInput>();
    const need = (input: OptionalInput, present: boolean, expected: string): void => {
      if (!present && !excused.has(input)) errors.push(`${expected}: missing ${input} for ${slug} (list it under ${slug} in ${where.absent} if it is absent on purpose)`);
    };
    need('translation', have.translations.includes(slug), `${where.translations}/${slug}.en.yaml`);
    need('annotations', have.annotations.includes(slug), `${where.annotations}/${slug}/`);
    need('themes', have.themes.includes(slug), `${where.themes}/${slug}.yaml`);
  }
  for (const slug of absences.keys()) if (!slugs.includes(slug)) errors.push(`${where.absent}: names document ${slug}, which has no seed`);
  return errors;
}
