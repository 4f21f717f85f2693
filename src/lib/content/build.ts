import { parseCorpus, type SeedFile } from '../parse/corpus.ts';
import type { Edition } from '../records/index.ts';
import { alignmentErrors, withTranslation } from '../translation/align.ts';
import { parseTranslation, translationTarget } from '../translation/read.ts';

/** A hand-written content file as read from disk. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

export interface ContentInput {
  readonly seeds: readonly SeedFile[];
  readonly translations: readonly TextFile[];
}

/**
 * Everything `npm run content` does, as one pure function: parse the seeds,
 * then check and merge each translation. All or nothing: any error throws.
 */
export function buildRecords(input: ContentInput): Edition[] {
  const editions = parseCorpus(input.seeds);
  const bySlug = new Map(editions.map((e) => [e.document.slug, e]));
  const merged = new Map<string, Edition>();
  const errors: string[] = [];
  for (const file of input.translations) {
    const name = file.path.split('/').at(-1) ?? file.path;
    const target = translationTarget(name);
    const edition = target ? bySlug.get(target.slug) : undefined;
    if (!target || !edition) {
      errors.push(`${file.path}: expected a name like {slug}.en.yaml for one of: ${[...bySlug.keys()].join(', ')}`);
      continue;
    }
    const translation = parseTranslation(file.path, file.text);
    const problems = alignmentErrors(edition, translation, file.path);
    if (problems.length > 0) errors.push(...problems);
    else merged.set(target.slug, withTranslation(edition, translation));
  }
  if (errors.length > 0) throw new Error(`translation does not align:\n  ${errors.join('\n  ')}`);
  return editions.map((e) => merged.get(e.document.slug) ?? e);
}
