import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SEED_SUFFIX } from '../parse/slug.ts';
import type { ContentInput } from './build.ts';

/** Where the content build reads from; every folder may be overridden (tests, synthetic corpora). */
export interface ContentDirs {
  seeds: string;
  translations: string;
  annotations: string;
  themes: string;
}

export const DEFAULT_DIRS: ContentDirs = {
  seeds: 'seeds',
  translations: 'content/translations',
  annotations: 'content/annotations',
  themes: 'content/themes',
};

const shown = (path: string): string => relative(process.cwd(), path) || path;
const list = (dir: string, suffix: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix)).sort().map((n) => join(dir, n)) : [];
const listNested = (dir: string, suffix: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((d) => list(join(dir, d.name), suffix))
    : [];
const text = (p: string) => ({ path: shown(p), text: readFileSync(p, 'utf8') });

/** Read every input of the content build from disk (the only I/O it needs). */
export function readContentFiles(dirs: ContentDirs = DEFAULT_DIRS): ContentInput {
  return {
    seeds: list(dirs.seeds, SEED_SUFFIX).map((p) => ({ path: shown(p), bytes: readFileSync(p) })),
    translations: list(dirs.translations, '.yaml').map(text),
    annotations: listNested(dirs.annotations, '.mdx').map(text),
    themes: list(dirs.themes, '.yaml').map(text),
  };
}
