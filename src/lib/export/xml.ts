/**
 * A minimal XML writer for the exports: element trees in, well-formed text
 * out. Elements holding only elements are indented one space per level;
 * elements holding text, or marked `mixed` (their content model allows text),
 * are written on one line, so no whitespace is ever added to mixed content.
 */
export interface XmlElement {
  readonly name: string;
  /** Text may stand among the children: never indent them. */
  readonly mixed?: boolean;
  /** Attributes in order; undefined values are left out. */
  readonly attrs?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlNode[]): XmlElement {
  return { name, attrs, children };
}

/** An element with mixed content (a paragraph, a heading): written on one line. */
export function inline(name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlNode[]): XmlElement {
  return { name, attrs, children, mixed: true };
}

export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}

function open(node: XmlElement): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<${node.name}${attrs}`;
}

function write(node: XmlNode, depth: number): string {
  if (typeof node === 'string') return escapeText(node);
  const children = node.children ?? [];
  if (children.length === 0) return `${open(node)}/>`;
  if (node.mixed || children.some((c) => typeof c === 'string'))
    return `${open(node)}>${children.map((c) => write(c, 0)).join('')}</${node.name}>`;
  const pad = ' '.repeat(depth + 1);
  return `${open(node)}>\n${children.map((c) => pad + write(c, depth + 1)).join('\n')}\n${' '.repeat(depth)}</${node.name}>`;
}

/** A whole document: XML declaration, the root element, a final newline. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}
