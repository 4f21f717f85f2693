import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentError, formatWhere } from '../../src/lib/checked/errors.ts';
import { parseJson, parseWithSchema, parseYaml } from '../../src/lib/checked/read-checked.ts';
import { readRecords } from '../../src/lib/records/read.ts';
import { parseTranslation } from '../../src/lib/translation/read.ts';

describe('formatWhere writes a place one way', () => {
  it.each([
    [{ file: 'a.txt', line: 4, column: 7 }, 'a.txt:4:7'],
    [{ file: 'a.yaml', key: 'm14.s2' }, 'a.yaml: m14.s2:'],
    [{ file: 'a.yaml' }, 'a.yaml:'],
  ])('%j', (where, text) => expect(formatWhere(where)).toBe(text));
});

describe('every read fails as a ContentError naming file and place', () => {
  const Schema = z.object({ n: z.number(), kind: z.enum(['a', 'b']) });
  it.each<[string, () => unknown, string]>([
    ['YAML that does not parse', () => parseYaml('t.yaml', 'a: 1\nb: [1, 2\n'), 't.yaml:3:1 expected valid YAML, found'],
    ['YAML after a frontmatter fence', () => parseYaml('x.mdx', 'a: 1\na: 2\n', 1), 'x.mdx:3:1 expected valid YAML, found DUPLICATE_KEY'],
    ['JSON that does not parse', () => parseJson('r.json', '{\n  "a": 1,\n  "b": \n}'), 'r.json'],
    [
      'a field of the wrong type',
      () => parseWithSchema(Schema, { n: 'one', kind: 'a' }, 's.yaml'),
      's.yaml: n: expected number, found "one"',
    ],
    ['a missing field', () => parseWithSchema(Schema, { kind: 'a' }, 's.yaml'), 's.yaml: n: expected number, found nothing'],
    [
      'a value outside a list',
      () => parseWithSchema(Schema, { n: 1, kind: 'c' }, 's.yaml'),
      's.yaml: kind: expected one of "a"|"b", found "c"',
    ],
    [
      'a translation key that is not an ID',
      () => parseTranslation('f.yaml', 'language: en\nissuers: [A, B]\nsegments:\n  measure14: "x"\n'),
      'f.yaml: segments.measure14: expected a structural ID, found "measure14"',
    ],
  ])('%s', (_, read, start) => {
    let error: unknown;
    try {
      read();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message.startsWith(start), (error as Error).message).toBe(true);
  });

  it('reads a records file whose JSON is broken as a ContentError too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'records-'));
    try {
      writeFileSync(join(dir, 'x.json'), '{ "document": ');
      expect(() => readRecords(dir)).toThrow(ContentError);
      expect(() => readRecords(dir)).toThrow(/x\.json.* expected valid JSON, found /);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
