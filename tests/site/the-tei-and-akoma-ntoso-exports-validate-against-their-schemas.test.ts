import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { akomaNtosoSchema, teiAllSchema } from '../../src/lib/export/schemas.ts';
import { xmlProblems, type XmlText } from '../../src/lib/export/validate-xml.ts';

const dist = inject('distDir');
const built = (path: string): XmlText => ({ fileName: path.split('/').at(-1) ?? path, contents: readFileSync(join(dist, path), 'utf8') });

/** A copy of a file with `insert` put before the first `before`, under another name. */
function planted(file: XmlText, before: string, insert: string): XmlText {
  const at = file.contents.indexOf(before);
  if (at < 0) throw new Error(`${file.fileName} has no ${before} to plant before`);
  return { fileName: `planted-${file.fileName}`, contents: `${file.contents.slice(0, at)}${insert}${file.contents.slice(at)}` };
}
const of = (problems: string[], file: XmlText): string[] => problems.filter((p) => p.startsWith(`${file.fileName}:`));

describe('the schemas are the vendored releases', () => {
  it('tei_all of TEI P5 4.10.2, and Akoma Ntoso 3.0 with the W3C xml.xsd', () => {
    // The comment tei_all opens with names its release (with a no-break space before the number).
    expect(teiAllSchema().main.contents.slice(0, 1000)).toMatch(/TEI Edition: P5 Version\s4\.10\.2\./);
    const akn = akomaNtosoSchema();
    expect(akn.main.contents).toContain('targetNamespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"');
    expect(akn.main.contents).toContain('schemaLocation="./xml.xsd"');
    expect(akn.imports?.[0]?.contents).toContain('<xs:attribute name="id" type="xs:ID">');
  });
});

describe('/data/trade-2019.tei.xml against tei_all', () => {
  const tei = built('data/trade-2019.tei.xml');
  // An element TEI does not define, where a sentence may stand: the schema must refuse it.
  const bad = planted(tei, '<s xml:id="zh.m1.s2">', '<sentence/>');
  // tei_all takes most of a minute to compile, so the built file and the planted copy are checked in one run.
  const problems = xmlProblems([tei, bad], teiAllSchema());

  it('is valid', async () => {
    expect(of(await problems, tei)).toEqual([]);
  }, 300_000);

  it('would not be, with an element TEI does not define', async () => {
    expect(of(await problems, bad).join('\n')).toMatch(/element sentence/);
  }, 300_000);
});

describe.each(['data/trade-2019.akn.xml', 'data/trade-2019.en.akn.xml'])('%s against akomantoso30.xsd', (path) => {
  const akn = built(path);
  const bad = planted(akn, '<preface>', '<remark>planted</remark>');
  const problems = xmlProblems([akn, bad], akomaNtosoSchema());

  it('is valid', async () => {
    expect(of(await problems, akn)).toEqual([]);
  }, 120_000);

  it('would not be, with an element out of place', async () => {
    expect(of(await problems, bad).join('\n')).toMatch(/remark/);
  }, 120_000);
});
