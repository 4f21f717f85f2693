import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { aknEid } from '../../src/lib/export/akn-ids.ts';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { allSentences } from '../../src/lib/records/walk.ts';

it.each([
  ['issuers', 'preface__p_1'],
  ['title', 'preface__p_2'],
  ['dateline', 'preface__p_3'],
  ['preamble.s2', 'preamble__p_2'],
  ['p1', 'part_1'],
  ['p5.heading', 'part_5__heading'],
  ['p1.para2', 'part_1__para_2'],
  ['p1.para2.s3', 'part_1__para_2__p_3'],
  ['m14', 'point_14'],
  ['m14.s1', 'point_14__heading'],
  ['m14.s2', 'point_14__p_2'],
  ['m27.s12', 'point_27__p_12'],
])('%s → %s', (id, eId) => {
  expect(aknEid(id)).toBe(eId);
});

it.each(['p1.heading.para2', 'm14.s', 'preamble', 'x1'])('has no eId for %s', (id) => {
  expect(() => aknEid(id)).toThrow(/no Akoma Ntoso eId/);
});

it('gives every unit of the document its own eId', () => {
  const [edition] = parseCorpus([{ path: 'seeds/trade-2019.zh.txt', bytes: readFileSync('seeds/trade-2019.zh.txt') }]);
  if (!edition) throw new Error('no edition');
  const ids = [
    ...allSentences(edition).map((s) => s.id),
    ...edition.parts.flatMap((p) => [p.id, ...p.paragraphs.map((q) => q.id)]),
    ...edition.measures.map((m) => m.id),
  ];
  expect(new Set(ids.map(aknEid)).size).toBe(ids.length);
});
