/**
 * The frozen releases and their printed and e-book editions, as kept in
 * content/releases/{doc}/{n}/, with the units each release froze in source
 * order (by the one walk, independently of the code that set the books).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportTree, type Export } from '../../src/lib/export/json.ts';
import { RELEASES_DIR } from '../../src/lib/content/releases.ts';
import { walkTree } from '../../src/lib/records/walk.ts';

export interface FrozenRelease {
  readonly slug: string;
  readonly n: number;
  readonly dir: string;
  readonly json: Export;
  readonly pdf: string;
  readonly epub: string;
}

export function frozenReleases(dir = RELEASES_DIR): FrozenRelease[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((n) => /^\d+$/.test(n))
        .map((n) => {
          const at = join(dir, d.name, n);
          const json = join(at, `${d.name}.json`);
          if (!existsSync(json)) throw new Error(`${at}/ holds no ${d.name}.json`);
          return {
            slug: d.name,
            n: Number(n),
            dir: at,
            json: JSON.parse(readFileSync(json, 'utf8')) as Export,
            pdf: join(at, `${d.name}.pdf`),
            epub: join(at, `${d.name}.epub`),
          };
        }),
    )
    .sort((a, b) => a.slug.localeCompare(b.slug) || a.n - b.n);
}

export interface FrozenUnit {
  readonly id: string;
  readonly zh: string;
  readonly en?: string | undefined;
}

/** Every unit of a frozen export, in source order. */
export function unitsOf(e: Export): FrozenUnit[] {
  return [...walkTree(exportTree(e))].flatMap((step) =>
    'sentence' in step ? [{ id: step.sentence.id, zh: step.sentence.text, en: step.sentence.en }] : [],
  );
}

/** The structural headings a book must reach: every part and measure ID. */
export function headingIds(e: Export): string[] {
  return [...e.parts.map((p) => p.id), ...e.measures.map((m) => m.id)];
}
