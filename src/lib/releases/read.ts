/**
 * Reading content/releases/{doc}.yaml (and the notes files it names) with
 * errors that name the file, line and column, what was found and what was
 * expected. Pure: the caller reads the files.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { checkYamlStrings, yamlToJs } from '../checked/read-checked.ts';
import { NotesFileSchema, ReleasesFileSchema, type Release } from './schema.ts';

function parseYaml<S extends z.ZodType>(path: string, text: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    const pos = lineCounter.linePos(offset ?? 0);
    return `${path}:${pos.line}:${pos.col}`;
  };
  const [syntax] = doc.errors;
  if (syntax) throw new Error(`${where(syntax.pos[0])} ${syntax.message.split('\n')[0] ?? ''}`);
  checkYamlStrings(path, text, doc);
  const parsed = schema.safeParse(yamlToJs(path, doc));
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    // The deepest node that exists on the issue's path gives the position.
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && node === undefined; depth--) {
      node = depth === 0 ? doc.contents : doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    // A bad record key is reported by zod as "Invalid key in record", its reason nested inside.
    const nested = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    const message = nested ? `${nested}, found ${String(issue.path.at(-1))}` : issue.message;
    return `${where(range?.[0])} ${field}${message}`;
  });
  throw new Error(messages.join('\n'));
}

/**
 * The releases of one document, in order, with each release's notes merged
 * from its `notes` and its `notesFile`. `readNotes(name)` returns that file's
 * path and text.
 */
export function parseReleases(path: string, text: string, readNotes: (name: string) => { path: string; text: string }): Release[] {
  const file = parseYaml(path, text, ReleasesFileSchema);
  return file.releases.map(({ notesFile, notes, summary, ...release }, i) => {
    const f = notesFile ? readNotes(notesFile) : undefined;
    const fromFile = f ? parseYaml(f.path, f.text, NotesFileSchema) : {};
    const chosen = summary ?? fromFile.summary;
    if (!chosen) throw new Error(`${path}: releases.${i}: release ${release.n} has no summary, expected one here or in its notesFile`);
    return {
      ...release,
      summary: chosen,
      notes: { ...fromFile.units, ...notes },
      annotationNotes: { ...fromFile.annotations },
      themeNotes: { ...fromFile.themes },
    };
  });
}
