/**
 * Validation of the XML exports against their schemas, with libxml2 compiled
 * to WebAssembly (xmllint-wasm): no system tool, nothing fetched. Pure: the
 * XML and the schema go in as text, the problems come out, so the tests and
 * the build can both call it. RELAX NG for TEI; W3C XML Schema for Akoma
 * Ntoso (its xml.xsd passed as an import).
 */
import { validateXML } from 'xmllint-wasm';

export interface SchemaText {
  /** The name the schema is known by; imports are resolved against it (`./xml.xsd`). */
  readonly fileName: string;
  readonly contents: string;
}

export interface XmlSchema {
  readonly language: 'relaxng' | 'xsd';
  readonly main: SchemaText;
  /** Files the main schema imports or includes, by the names it gives them. */
  readonly imports?: readonly SchemaText[];
}

export interface XmlText {
  readonly fileName: string;
  readonly contents: string;
}

/**
 * Every problem with each file against `schema`, as `file:line: message`; empty when all are valid. Several files
 * are checked in one run, so a large schema (tei_all takes most of a minute) is compiled once.
 */
export async function xmlProblems(files: readonly XmlText[], schema: XmlSchema): Promise<string[]> {
  const result = await validateXML({
    xml: files.map((f) => ({ fileName: f.fileName, contents: f.contents })),
    schema: { fileName: schema.main.fileName, contents: schema.main.contents },
    preload: (schema.imports ?? []).map((f) => ({ fileName: f.fileName, contents: f.contents })),
    extension: schema.language === 'relaxng' ? 'relaxng' : 'schema',
    // tei_all is large: give libxml2 room (in 64 KiB pages: 1 GiB).
    maxMemoryPages: 16_384,
  });
  return result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.rawMessage));
}
