import sax from 'sax';
import { lineColumn } from '../checked/hygiene.ts';

/** An element as the tests see it: namespace URI, local name, attributes by qualified name, children. */
export interface XmlTree {
  readonly uri: string;
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlTree | string)[];
}

/**
 * Parse with sax in strict, namespace-aware mode: any well-formedness or
 * namespace error (mismatched or unclosed tags, unbound prefixes, bad
 * entities, text outside the root) throws with its line and column. sax lets
 * two faults through that XML forbids, a repeated attribute and a second root
 * element, so they are checked here, and it accepts characters XML 1.0 forbids (NUL and other C0 controls,
 * U+FFFE, U+FFFF, lone surrogates), raw or as character references: those are refused first.
 */
export function parseXml(text: string): XmlTree {
  forbiddenCharacter(text);
  const parser = sax.parser(true, { xmlns: true, position: true, strictEntities: true });
  const stack: XmlTree[] = [];
  let root: XmlTree | undefined;
  let seen = new Set<string>();
  const fail = (message: string, cause?: Error): never => {
    throw new Error(`not well-formed XML: ${message} (line ${parser.line + 1}, column ${parser.column + 1})`, { cause });
  };
  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'error', error);
  parser.onopentagstart = () => {
    if (root && stack.length === 0) fail('a second root element');
    seen = new Set();
  };
  parser.onattribute = ({ name }) => {
    if (seen.has(name)) fail(`attribute ${name} repeated`);
    seen.add(name);
  };
  parser.onopentag = (tag) => {
    const node: XmlTree = {
      uri: tag.uri,
      name: tag.local,
      attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
    };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => void stack.at(-1)?.children.push(t);
  parser.write(text).close();
  if (!root) throw new Error('not well-formed XML: no root element');
  return root;
}

export const childElements = (node: XmlTree, name?: string): XmlTree[] =>
  node.children.filter((c): c is XmlTree => typeof c !== 'string' && (name === undefined || c.name === name));

export function descendants(node: XmlTree): XmlTree[] {
  return childElements(node).flatMap((c) => [c, ...descendants(c)]);
}

export function xmlText(node: XmlTree | string): string {
  return typeof node === 'string' ? node : node.children.map(xmlText).join('');
}

/** XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function forbiddenCharacter(text: string): void {
  const where = (index: number): string => {
    const { line, column } = lineColumn(text, index);
    return `line ${line}, column ${column}`;
  };
  let index = 0;
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (!isXmlChar(cp) || (c.length === 1 && cp >= 0xd800 && cp <= 0xdfff)) {
      throw new Error(
        `not well-formed XML: character U+${cp.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0 (${where(index)})`,
      );
    }
    index += c.length;
  }
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const ref = m[1] ?? '';
    const cp = ref.startsWith('x') ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    if (!isXmlChar(cp))
      throw new Error(`not well-formed XML: character reference ${m[0]} names a character XML 1.0 forbids (${where(m.index)})`);
  }
}
