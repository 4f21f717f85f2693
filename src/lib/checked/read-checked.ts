/**
 * Every zod, YAML and JSON read of content goes through here, so each failure becomes one `ContentError`
 * naming the file and, where the parser knows it, the line and column (or the field) of the problem.
 */
import type { z } from 'astro/zod';
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import { ContentError, type Position } from './errors.ts';
import { CLEAN_TEXT, describeCharacter, forbiddenCharacter, lineColumn } from './hygiene.ts';

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
  checkYamlStrings(file, text, doc, lineOffset);
  return yamlToJs(file, doc);
}

/**
 * Refuse a YAML string (key or value) holding a character no input may hold, at the string's file:line:column.
 * The raw file was checked when it was decoded; this catches what an escape (`"\x01"`, `"\uFFFE"`, `"\uD800"`)
 * writes, which the raw text does not show.
 */
export function checkYamlStrings(file: string, text: string, doc: Document, lineOffset = 0): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const bad = forbiddenCharacter(node.value);
      if (!bad) return;
      const at = lineColumn(text, node.range?.[0] ?? 0);
      throw new ContentError(
        { file, line: at.line + lineOffset, column: at.column },
        CLEAN_TEXT,
        `${describeCharacter(bad.char)} written as an escape in this string`,
      );
    },
  });
}

/** The document's data; an alias bomb (or any failure to expand) is reported naming the file. */
export function yamlToJs(file: string, doc: Document): unknown {
  try {
    return doc.toJS();
  } catch (cause) {
    throw new ContentError({ file }, 'YAML that expands to plain data', cause instanceof Error ? cause.message : String(cause), { cause });
  }
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
