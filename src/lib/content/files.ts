import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import type { Edition } from '../records/index.ts';
import { decodeSource } from '../parse/decode.ts';
import { SEED_SUFFIX } from '../records/slug.ts';
import type { ContentInput, TextFile } from './build.ts';
import { contentRootErrors, layoutError, missingInputErrors, parseAbsences, type Absences, type InputKind } from './layout.ts';

/** Where the content build reads from; every folder may be overridden (tests, synthetic corpora). */
export interface ContentDirs {
  seeds: string;
  translations: string;
  annotations: string;
  themes: string;
  /** The reviewed senses of each document's words (`{doc}.senses.yaml`); absent in synthetic corpora. */
  words?: string;
  /** The CC-CEDICT subset the words are looked up in; read when it exists. */
  dictionary?: string;
  /** The list of inputs a document lacks on purpose; read when it exists. */
  absent?: string;
  /** The folder whose top level is checked for unexpected entries (the default layout only). */
  root?: string;
}

export const DEFAULT_DIRS: ContentDirs = {
  seeds: 'seeds',
  translations: 'content/translations',
  annotations: 'content/annotations',
  themes: 'content/themes',
  words: process.env.WORDS_DIR ?? 'content/words',
  dictionary: 'content/dictionary/cc-cedict.u8',
  absent: 'content/absent.yaml',
  root: 'content',
};

const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};

/** Every file under `dir`, as `/`-separated paths relative to it, sorted; dot-files are listed too (they are unexpected). */
function walk(dir: string, sub = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      return d.isDirectory() ? walk(dir, rel) : [rel];
    });
}

/**
 * Why `path` may not be read: a symbolic link whose target lies outside the repository (the working folder), which
 * would publish, or quote in an error, a file nobody reviewed. Links inside the repository are read as usual.
 */
export function linkOutOfRepository(path: string, root = process.cwd()): string | undefined {
  if (!lstatSync(path).isSymbolicLink()) return undefined;
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return `${shown(path)}: a symbolic link to nothing: expected a file in the repository`;
  }
  const rel = relative(realpathSync(root), target);
  return rel.startsWith('..') || isAbsolute(rel) ? `${shown(path)}: a symbolic link out of the repository: expected a file in the repository` : undefined;
}

/**
 * Read every input of the content build from disk (the only I/O it needs), refusing what would otherwise vanish
 * or be corrupted: a file of an unexpected name or extension, bytes that are not UTF-8 (file:line:column), and a
 * document without its translation, annotations or themes unless absent.yaml says so. Lists every problem at once.
 */
export function readContentFiles(dirs: ContentDirs = DEFAULT_DIRS): ContentInput {
  const errors: string[] = [];
  const texts = (kind: Exclude<InputKind, 'seeds'>): TextFile[] => {
    const dir = dirs[kind];
    return dir === undefined ? [] : walk(dir).flatMap((rel) => {
      const path = shown(join(dir, rel));
      const problem = layoutError(kind, path, rel);
      const linked = problem ?? linkOutOfRepository(join(dir, rel));
      if (linked) {
        errors.push(linked);
        return [];
      }
      try {
        return [{ path, text: decodeSource(path, readFileSync(join(dir, rel))) }];
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        return [];
      }
    });
  };

  const seeds = walk(dirs.seeds).flatMap((rel) => {
    const path = shown(join(dirs.seeds, rel));
    const problem = layoutError('seeds', path, rel) ?? linkOutOfRepository(join(dirs.seeds, rel));
    if (problem) errors.push(problem);
    return problem ? [] : [{ path, bytes: readFileSync(join(dirs.seeds, rel)) }];
  });
  const translations = texts('translations');
  const annotations = texts('annotations');
  const themes = texts('themes');
  const words = texts('words');
  if (dirs.root !== undefined && existsSync(dirs.root)) errors.push(...contentRootErrors(shown(dirs.root), readdirSync(dirs.root).sort()));

  let absences: Absences = new Map();
  const absentFile = dirs.absent;
  if (absentFile !== undefined && existsSync(absentFile)) {
    try {
      absences = parseAbsences(shown(absentFile), decodeSource(shown(absentFile), readFileSync(absentFile)));
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const slugOf = (path: string, suffix: RegExp): string => (path.split('/').at(-1) ?? '').replace(suffix, '');
  const missing = missingInputErrors(
      seeds.map((s) => slugOf(s.path, new RegExp(`${SEED_SUFFIX.replaceAll('.', '\\.')}$`))),
      {
        translations: translations.map((f) => slugOf(f.path, /\.en\.yaml$/)),
        annotations: annotations.map((f) => f.path.split('/').at(-2) ?? ''),
        themes: themes.map((f) => slugOf(f.path, /\.yaml$/)),
      },
      absences,
      { translations: shown(dirs.translations), annotations: shown(dirs.annotations), themes: shown(dirs.themes), absent: shown(absentFile ?? 'content/absent.yaml') },
  );
  let dictionary: TextFile | undefined;
  if (dirs.dictionary !== undefined && existsSync(dirs.dictionary)) {
    const path = shown(dirs.dictionary);
    try {
      dictionary = { path, text: decodeSource(path, readFileSync(dirs.dictionary)) };
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (errors.length > 0) throw new Error(`content does not fit:\n  ${errors.join('\n  ')}`);
  return { seeds, translations, annotations, themes, words, missing, ...(dictionary ? { dictionary } : {}) };
}

/** The seed as published at /data/{doc}.zh.txt: its bytes must still match the SHA-256 the records state, or the build stops. */
export function sourceFileBytes(edition: Edition): Uint8Array<ArrayBuffer> {
  const { file, sha256 } = edition.document.source;
  const bytes = new Uint8Array(readFileSync(file));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${file}: SHA-256 is ${actual}, but the records state ${sha256}; run \`npm run content\` again`);
  return bytes;
}
