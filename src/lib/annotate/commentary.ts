/**
 * An annotation's commentary is data, not code: its body is parsed as Markdown with remark (CommonMark, no
 * MDX), so an `import` line or a `{process.env.HOME}` is plain text, never run at build time. Raw HTML is refused
 * with its file:line:column (it would otherwise be dropped without a word); the rest becomes HTML through
 * mdast-util-to-hast and hast-util-to-html, which escape every text.
 */
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Nodes } from 'mdast';

/** The body of `path` (starting on line `firstLine` of the file) as HTML; throws at raw HTML. */
export function renderCommentary(path: string, body: string, firstLine = 1): string {
  const tree = remark().parse(body);
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const line = (node.position?.start.line ?? 1) + firstLine - 1;
      const column = node.position?.start.column ?? 1;
      const found = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
      throw new Error(`${path}:${line}:${column} expected Markdown commentary without raw HTML, found ${JSON.stringify(found)}`);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return toHtml(toHast(tree));
}

/**
 * The commentary as plain text, for the data exports: each top-level block's text (emphasis and links reduced to
 * their words), blocks separated by a blank line. Empty when the file has no commentary.
 */
export function commentaryText(body: string): string {
  return remark()
    .parse(body)
    .children.map((block) => toString(block).trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
