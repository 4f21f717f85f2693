import { describe, expect, it } from 'vitest';
import { formatId, measureSentenceOf, parentId, parseId, type UnitId } from '../../src/lib/records/ids.ts';

describe.each<[string, UnitId]>([
  ['issuers', { kind: 'issuers' }],
  ['title', { kind: 'title' }],
  ['dateline', { kind: 'dateline' }],
  ['preamble.s2', { kind: 'preamble-sentence', sentence: 2 }],
  ['p3', { kind: 'part', part: 3 }],
  ['p3.heading', { kind: 'part-heading', part: 3 }],
  ['p1.para2', { kind: 'paragraph', part: 1, paragraph: 2 }],
  ['p1.para2.s1', { kind: 'paragraph-sentence', part: 1, paragraph: 2, sentence: 1 }],
  ['m14', { kind: 'measure', measure: 14 }],
  ['m14.s2', { kind: 'measure-sentence', measure: 14, sentence: 2 }],
  ['m127.s10', { kind: 'measure-sentence', measure: 127, sentence: 10 }],
])('%s', (text, id) => {
  it('parses to its unit', () => expect(parseId(text)).toEqual(id));
  it('formats back to the same text', () => expect(formatId(id)).toBe(text));
});

describe.each([
  '',
  'm0',
  'm01',
  'm14.',
  'm14.s0',
  'm14.s2.s3',
  'p1.para0',
  'p1.heading.s1',
  'preamble',
  'preamble.s',
  'M14',
  ' m14',
  'm14 ',
  'measure-14',
  'm14#s2',
  'p1.para1.heading',
])('%j', (text) => {
  it('is not an ID', () => expect(parseId(text)).toBeUndefined());
});

describe('parentId', () => {
  it.each<[string, string | undefined]>([
    ['m14.s2', 'm14'],
    ['p1.para2.s1', 'p1.para2'],
    ['p1.para2', 'p1'],
    ['p3.heading', 'p3'],
    ['m14', undefined],
    ['title', undefined],
  ])('%s is inside %s', (child, parent) => {
    const id = parseId(child);
    if (!id) throw new Error(`not an ID: ${child}`);
    const up = parentId(id);
    expect(up && formatId(up)).toBe(parent);
  });
});

describe('measureSentenceOf', () => {
  it('reads the measure and sentence of a measure sentence', () => {
    expect(measureSentenceOf('m14.s2')).toEqual({ kind: 'measure-sentence', measure: 14, sentence: 2 });
  });
  it.each(['m14', 'p1.para2.s1', 'preamble.s1', 'title', 'm14.s0', ''])('refuses %j rather than answer 0', (text) => {
    expect(() => measureSentenceOf(text)).toThrow(`expected the ID of a measure's sentence such as m14.s2, found "${text}"`);
  });
});
