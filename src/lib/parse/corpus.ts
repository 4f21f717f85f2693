import type { Edition } from '../records/index.ts';
import { parseEdition } from './edition.ts';
import { ContentError } from '../checked/errors.ts';
import { SEED_SUFFIX, slugFromFileName } from '../records/slug.ts';

/** A seed file as read from disk: its path (as shown in messages) and bytes. */
export interface SeedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Parse every seed into its edition, all or nothing: the first malformed
 * seed throws, so a caller writes either every edition or none.
 */
export function parseCorpus(seeds: readonly SeedFile[]): Edition[] {
  if (seeds.length === 0) throw new Error(`no seed files: expected at least one *${SEED_SUFFIX}`);
  return [...seeds]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((seed) => {
      const name = seed.path.split('/').at(-1) ?? seed.path;
      const slug = slugFromFileName(name);
      if (slug === undefined) {
        throw new ContentError(
          { file: seed.path },
          `a file name like trade-2019${SEED_SUFFIX} (lower-case letters, digits and hyphens)`,
          `'${name}'`,
        );
      }
      return parseEdition(seed.path, slug, seed.bytes);
    });
}
