import { rehype } from 'rehype';
import type { Element, Root, RootContent } from 'hast';

const parser = rehype();

export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** Every element of the tree, in document order. */
export function elements(node: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (children: RootContent[]): void => {
    for (const child of children) {
      if (child.type === 'element') {
        out.push(child);
        walk(child.children);
        if (child.tagName === 'template' && child.content) walk(child.content.children);
      }
    }
  };
  walk(node.children);
  return out;
}

export function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export function attr(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function byId(root: Root, id: string): Element | undefined {
  return elements(root).find((el) => attr(el, 'id') === id);
}
