/**
 * The part of `sax` (isaacs/sax-js, which ships no types) that the tests use:
 * a strict, namespace-aware, evented XML parser.
 */
declare module 'sax' {
  export interface QualifiedAttribute {
    name: string;
    value: string;
    prefix: string;
    local: string;
    uri: string;
  }
  export interface QualifiedTag {
    name: string;
    prefix: string;
    local: string;
    uri: string;
    attributes: Record<string, QualifiedAttribute>;
    isSelfClosing: boolean;
  }
  export interface SAXOptions {
    xmlns?: boolean;
    position?: boolean;
    strictEntities?: boolean;
  }
  export interface SAXParser {
    line: number;
    column: number;
    onerror: (error: Error) => void;
    onopentagstart: (tag: { name: string }) => void;
    onattribute: (attribute: { name: string; value: string }) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  /** sax is CommonJS: Node hands its exports object to an ES module as the default export. */
  const sax: { parser(strict: boolean, options?: SAXOptions): SAXParser };
  export default sax;
}
