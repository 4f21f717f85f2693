import { ContentError } from '../checked/errors.ts';
import { parseWithSchema, parseYaml } from '../checked/read-checked.ts';
import { AnnotationSourceSchema, type AnnotationSource } from '../records/annotation.ts';
import { ThemesFileSchema, type Theme } from '../records/theme.ts';
import { commentaryText, renderCommentary } from './commentary.ts';

export interface AnnotationFile {
  readonly slug: string;
  readonly source: AnnotationSource;
  readonly hasCommentary: boolean;
  /** The commentary, parsed as Markdown (never MDX) and rendered to HTML. */
  readonly html: string;
  /** The commentary as plain text (empty when there is none), for the data exports. */
  readonly text: string;
}

/** Split an MDX file into its YAML frontmatter and body; errors name the file. */
function frontmatter(path: string, text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m)
    throw new ContentError({ file: path, line: 1, column: 1 }, "YAML frontmatter between '---' lines", JSON.stringify(text.slice(0, 20)));
  return { yaml: m[1] ?? '', body: m[2] ?? '' };
}

export function parseAnnotationFile(path: string, text: string): AnnotationFile {
  const name = path.split('/').at(-1) ?? path;
  const slug = name.replace(/\.mdx$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new ContentError({ file: path }, 'a kebab-case file name like single-window.mdx', `'${name}'`);
  const { yaml, body } = frontmatter(path, text);
  const source = parseWithSchema(AnnotationSourceSchema, parseYaml(path, yaml, 1), path);
  const html = renderCommentary(path, body, yaml.split('\n').length + 3);
  return { slug, source, hasCommentary: body.trim() !== '', html, text: commentaryText(body) };
}

export function parseThemesFile(path: string, text: string): Theme[] {
  return parseWithSchema(ThemesFileSchema, parseYaml(path, text), path);
}
