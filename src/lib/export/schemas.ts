/**
 * The vendored schemas the XML exports are validated against (content/standards/README.md
 * names their sources, versions and licences). A thin reader: the checking
 * itself is validate-xml.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XmlSchema } from './validate-xml.ts';

const read = (dir: string, path: string): { fileName: string; contents: string } => ({
  fileName: path.split('/').at(-1) ?? path,
  contents: readFileSync(join(dir, path), 'utf8'),
});

/** tei_all of TEI P5 (RELAX NG). */
export function teiAllSchema(dir = 'content/standards'): XmlSchema {
  return { language: 'relaxng', main: read(dir, 'tei/tei_all.rng') };
}

/** Akoma Ntoso 3.0 (OASIS LegalDocML, W3C XML Schema), with the xml.xsd it imports. */
export function akomaNtosoSchema(dir = 'content/standards'): XmlSchema {
  return { language: 'xsd', main: read(dir, 'akn/akomantoso30.xsd'), imports: [read(dir, 'akn/xml.xsd')] };
}
