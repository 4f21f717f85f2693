/**
 * Reading content/releases/{doc}.yaml (and the notes files it names) with
 * errors that name the file, line and column, what was found and what was
 * expected. Pure: the caller reads the files.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ReleasesFileSchema, UnitNotesSchema, type Release } from './schema.ts';

function parseYaml<S extends z.ZodType>(path: string, text: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    const pos = lineCounter.linePos(offset ?? 0);
    return `${path}:${pos.line}:${pos.col}`;
  };
  const [syntax] = doc.errors;
  if (syntax) throw new Error(`${where(syntax.pos[0])} ${syntax.message.split('\n')[0] ?? ''}`);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    // The deepest node that exists on the issue's path gives the position.
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && node === undefined; depth--) {
      node = depth === 0 ? doc.contents : doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where(range?.[0])} ${field}${issue.message}`;
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
  return file.releases.map(({ notesFile, notes, ...release }) => {
    const fromFile = notesFile ? (() => {
      const f = readNotes(notesFile);
      return parseYaml(f.path, f.text, UnitNotesSchema);
    })() : {};
    return { ...release, notes: { ...fromFile, ...notes } };
  });
}
