/**
 * Every zod, YAML and JSON read of content goes through here, so each failure becomes one `ContentError`
 * naming the file and, where the parser knows it, the line and column (or the field) of the problem.
 */
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { ContentError, type Position } from './errors.ts';

/** Validate data read from `file` against a schema; the first issue names its field. */
export function parseWithSchema<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  // A record key or map entry that fails carries its own issue inside ("Invalid key in record"): report that one.
  const inner = issue && 'issues' in issue ? issue.issues[0] : undefined;
  const message = inner?.message ?? issue?.message ?? 'a valid value';
  throw new ContentError({ file, key }, expectedOf(message), foundOf(inner?.input ?? issue?.input), { cause: parsed.error });
}

/** zod words its messages "Invalid input: expected string, received undefined"; keep what was expected. */
function expectedOf(message: string): string {
  return message
    .replace(/^[A-Z][a-z ]*: /, '')
    .replace(/^expected /, '')
    .replace(/, received .*$/, '');
}

/** JSON.stringify gives undefined for a function or a symbol, though its type says string. */
const stringify: (value: unknown) => string | undefined = JSON.stringify;

function foundOf(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = stringify(input) ?? typeof input;
  return [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
}

/** Parse YAML read from `file`; `lineOffset` is the number of lines before the text (e.g. a frontmatter fence). */
export function parseYaml(file: string, text: string, lineOffset = 0): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? { file, line: pos.line + lineOffset, column: pos.col } : { file };
    throw new ContentError(where, 'valid YAML', `${error.code}: ${error.message.split('\n')[0] ?? ''}`, { cause: error });
  }
  return doc.toJS();
}

/** Parse JSON read from `file`, naming the line and column of a syntax error when the engine reports one. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ContentError(jsonPosition(file, text, message) ?? { file }, 'valid JSON', message.split('\n')[0] ?? message, { cause });
  }
}

function jsonPosition(file: string, text: string, message: string): Position | undefined {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { file, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /at position (\d+)/.exec(message);
  if (!at) return undefined;
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { file, line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}
