import { parseDocument } from 'yaml';
import { AnnotationSourceSchema, type AnnotationSource } from '../records/annotation.ts';
import { ThemesFileSchema, type Theme } from '../records/theme.ts';
import { renderCommentary } from './commentary.ts';

export interface AnnotationFile {
  readonly slug: string;
  readonly source: AnnotationSource;
  readonly hasCommentary: boolean;
  /** The commentary, parsed as Markdown (never MDX) and rendered to HTML. */
  readonly html: string;
}

/** Split an MDX file into its YAML frontmatter and body; errors name the file. */
function frontmatter(path: string, text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${path}:1:1 expected YAML frontmatter between '---' lines, found ${JSON.stringify(text.slice(0, 20))}`);
  return { yaml: m[1] ?? '', body: m[2] ?? '' };
}

function parseYaml(path: string, text: string, lineOffset: number): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? `${path}:${pos.line + lineOffset}:${pos.col}` : path;
    throw new Error(`${where} expected valid YAML, found ${error.code}: ${error.message.split('\n')[0] ?? ''}`);
  }
  return doc.toJS();
}

function schemaError(path: string, issue: { path: PropertyKey[]; message: string } | undefined): Error {
  return new Error(`${path}: ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
}

export function parseAnnotationFile(path: string, text: string): AnnotationFile {
  const name = path.split('/').at(-1) ?? path;
  const slug = name.replace(/\.mdx$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`${path}: expected a kebab-case file name like single-window.mdx, found '${name}'`);
  const { yaml, body } = frontmatter(path, text);
  const parsed = AnnotationSourceSchema.safeParse(parseYaml(path, yaml, 1));
  if (!parsed.success) throw schemaError(path, parsed.error.issues[0]);
  const html = renderCommentary(path, body, yaml.split('\n').length + 3);
  return { slug, source: parsed.data, hasCommentary: body.trim() !== '', html };
}

export function parseThemesFile(path: string, text: string): Theme[] {
  const parsed = ThemesFileSchema.safeParse(parseYaml(path, text, 0));
  if (!parsed.success) throw schemaError(path, parsed.error.issues[0]);
  return parsed.data;
}
