/**
 * An annotation's commentary is data, not code: its body is parsed as Markdown with remark (CommonMark, no
 * MDX), so an `import` line or a `{process.env.HOME}` is plain text, never run at build time. Raw HTML is refused
 * with its file:line:column (it would otherwise be dropped without a word); the rest becomes HTML through
 * mdast-util-to-hast and hast-util-to-html, which escape every text. Links may lead to an http(s) address or a
 * page of this site, images only come from this site: a `javascript:` or `data:` link, or an image from another
 * host (which would tell it who reads what), is refused at its position rather than left to the CSP.
 */
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Definition, Nodes } from 'mdast';

/** Where a URL leads, resolved against a stand-in for this site's own pages. */
const SELF = 'https://this-site.invalid/';

/** Whether a commentary URL leads to this site (a path, a relative link or a fragment, never another host). */
function isInSite(url: string): boolean {
  try {
    return !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && new URL(url, SELF).origin === new URL(SELF).origin;
  } catch {
    return false;
  }
}

/** Links: http(s) anywhere, or in this site. */
function isAllowedLink(url: string): boolean {
  return isInSite(url) || /^https?:\/\/[^/\\]/i.test(url.trim());
}

/** The body of `path` (starting on line `firstLine` of the file) as HTML; throws at raw HTML. */
export function renderCommentary(path: string, body: string, firstLine = 1): string {
  const tree = remark().parse(body);
  const refuse = (node: Nodes, expected: string, value: string): never => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const column = node.position?.start.column ?? 1;
    const found = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new Error(`${path}:${line}:${column} expected ${expected}, found ${JSON.stringify(found)}`);
  };
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  const LINK = 'a link to an http(s) address or a page of this site';
  const IMAGE = 'an image from this site';
  const visit = (node: Nodes): void => {
    if (node.type === 'html') refuse(node, 'Markdown commentary without raw HTML', node.value);
    if ((node.type === 'link' || node.type === 'definition') && !isAllowedLink(node.url)) refuse(node, LINK, node.url);
    if (node.type === 'image' && !isInSite(node.url)) refuse(node, IMAGE, node.url);
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined && !isInSite(url)) refuse(node, IMAGE, url);
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
