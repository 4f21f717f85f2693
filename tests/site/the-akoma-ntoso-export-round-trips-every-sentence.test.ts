import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { aknEid } from '../../src/lib/export/akn-ids.ts';
import { readBuildDate } from '../../src/lib/export/build-date.ts';
import { readRecords } from '../../src/lib/records/read.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { childElements, descendants, parseXml, xmlText, type XmlTree } from '../../src/lib/export/xml-tree.ts';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const [edition] = readRecords().filter((e) => e.document.slug === 'trade-2019');
if (!edition) throw new Error('no trade-2019 records');
const units = allSentences(edition);

describe.each([
  ['zh', 'data/trade-2019.akn.xml', 'zho'],
  ['en', 'data/trade-2019.en.akn.xml', 'eng'],
] as const)('the %s expression, %s', (lang, file, language) => {
  const text = readFileSync(join(inject('distDir'), file), 'utf8');
  let tree: XmlTree | undefined;
  /** Parsed on first use, so that malformed XML fails a test rather than the file's collection. */
  const root = (): XmlTree => (tree ??= parseXml(text));
  const doc = (): XmlTree => childElements(root(), 'doc')[0] ?? root();
  const one = (node: XmlTree, name: string): XmlTree => {
    const [found, ...more] = childElements(node, name);
    if (!found || more.length) throw new Error(`expected one <${name}> in <${node.name}>, found ${more.length + (found ? 1 : 0)}`);
    return found;
  };

  it('is well-formed, namespaced Akoma Ntoso 3.0 with a guidingOpinions doc', () => {
    expect(root().uri).toBe(AKN);
    expect(root().name).toBe('akomaNtoso');
    expect(doc().attrs.name).toBe('guidingOpinions');
    // Only the fixity statement, inside <proprietary>, is in another namespace.
    const foreign = descendants(root()).filter((e) => e.uri !== AKN);
    expect(foreign.map((e) => e.name)).toEqual(['source', 'build', 'release']);
    expect(childElements(doc()).map((e) => e.name)).toEqual(['meta', 'preface', 'preamble', 'mainBody']);
  });

  it('identifies work, expression and manifestation as AKN requires', () => {
    const identification = one(one(doc(), 'meta'), 'identification');
    expect(identification.attrs.source).toBe('#edition');
    for (const level of ['FRBRWork', 'FRBRExpression', 'FRBRManifestation']) {
      const names = childElements(one(identification, level)).map((e) => e.name);
      expect(names.slice(0, 2), level).toEqual(['FRBRthis', 'FRBRuri']);
      expect(names, level).toContain('FRBRdate');
      expect(names, level).toContain('FRBRauthor');
    }
    expect(one(one(identification, 'FRBRWork'), 'FRBRcountry').attrs.value).toBe('cn');
    expect(one(one(identification, 'FRBRWork'), 'FRBRdate').attrs.date).toBe('2019-11-19');
    expect(one(one(identification, 'FRBRExpression'), 'FRBRlanguage').attrs.language).toBe(language);
    const translation = childElements(one(identification, 'FRBRExpression'), 'FRBRtranslation');
    expect(translation.map((e) => [e.attrs.fromLanguage, e.attrs.authoritative])).toEqual(lang === 'en' ? [['zho', 'false']] : []);
  });

  it('states the source checksum and the build date', () => {
    const proprietary = one(one(doc(), 'meta'), 'proprietary');
    const [source, build] = childElements(proprietary);
    expect(source?.attrs.sha256).toBe(createHash('sha256').update(readFileSync('seeds/trade-2019.zh.txt')).digest('hex'));
    expect(build?.attrs.date).toBe(readBuildDate().date ?? undefined);
  });

  it('has 8 parts and 27 points, in order, each point in its part', () => {
    const parts = childElements(one(doc(), 'mainBody'), 'part');
    expect(parts.map((p) => p.attrs.eId)).toEqual(edition.parts.map((p) => aknEid(p.id)));
    expect(parts).toHaveLength(8);
    const points = parts.flatMap((p) => childElements(p, 'point').map((pt) => [p.attrs.eId, pt.attrs.eId]));
    expect(points).toEqual(edition.measures.map((m) => [`part_${m.part}`, `point_${m.n}`]));
    expect(points).toHaveLength(27);
  });

  it('holds every sentence once, under its eId, with its exact text', () => {
    const all = descendants(doc());
    const eIds = all.flatMap((e) => e.attrs.eId ?? []);
    expect(new Set(eIds).size).toBe(eIds.length);
    const sentences = all.filter((e) => (e.name === 'p' || e.name === 'heading') && e.attrs.eId);
    expect(sentences).toHaveLength(units.length);
    expect(sentences.map((e) => e.attrs.eId)).toEqual(units.map((s) => aknEid(s.id)));
    sentences.forEach((e, i) => {
      const unit = units[i];
      expect(xmlText(e), unit?.id).toBe(lang === 'zh' ? unit?.text : unit?.en);
    });
  });
});

it('rejects XML that is not well-formed', () => {
  expect(() => parseXml('<a><b></a>')).toThrow(/not well-formed/);
  expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/not well-formed/);
  expect(() => parseXml('<p:a/>')).toThrow(/not well-formed/);
  expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/not well-formed/);
  expect(() => parseXml('<a/><b/>')).toThrow(/not well-formed/);
});
