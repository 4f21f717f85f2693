import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, inject, it } from 'vitest';
import { readBuildDate } from '../../src/lib/export/build-date.ts';
import type { Export } from '../../src/lib/export/json.ts';

const dist = inject('distDir');
const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const schema = read('data/schema/v1.json') as { $id: string };
const data = read('data/trade-2019.json') as Export;
// Formats are annotations here (ajv-formats is not used); every format in the schema also has a pattern.
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);

it('is valid against /data/schema/v1.json', () => {
  expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
});

it('carries every annotation entry and theme of the records, with commentary where an entry has it', () => {
  const records = JSON.parse(readFileSync('content/records/trade-2019.json', 'utf8')) as {
    annotations: { slug: string; occurrences: unknown[]; hasCommentary: boolean }[];
    themes: { slug: string }[];
  };
  expect(data.annotations.map((a) => a.slug)).toEqual(records.annotations.map((a) => a.slug));
  expect(data.annotations.map((a) => a.anchors.length)).toEqual(records.annotations.map((a) => a.occurrences.length));
  expect(data.annotations.map((a) => 'commentary' in a)).toEqual(records.annotations.map((a) => a.hasCommentary));
  expect(data.themes.map((t) => t.slug).sort()).toEqual(records.themes.map((t) => t.slug).sort());
  expect(data.annotations.flatMap((a) => a.anchors).filter((x) => x.en).length).toBeGreaterThan(0);
});

it('names its schema by the schema’s own permanent URL', () => {
  expect(schema.$id).toMatch(/^https?:\/\/.+\/data\/schema\/v1\.json$/);
  expect(data.$schema).toBe(schema.$id);
});

it('states the source checksum and the reproducible build date', () => {
  const source = readFileSync('seeds/trade-2019.zh.txt');
  expect(data.sha256).toBe(createHash('sha256').update(source).digest('hex'));
  const build = readBuildDate();
  expect(data.build).toEqual({ date: build.date, dateFrom: build.from });
});

it.each<[string, (e: Export & Record<string, unknown>) => void]>([
  ['an unannounced field', (e) => void (e.extra = true)],
  [
    'a sentence without its ID',
    (e) => {
      delete (e.measures[0]?.sentences[0] as { id?: string }).id;
    },
  ],
  ['a malformed structural ID', (e) => void ((e.measures[0]?.sentences[0] as { id: string }).id = 'm1.x2')],
  ['an empty token', (e) => void e.preamble.sentences[0]?.tokens.push('')],
  ['a malformed checksum', (e) => void (e.sha256 = 'abc')],
  [
    'no annotation layer',
    (e) => {
      delete (e as { annotations?: unknown }).annotations;
    },
  ],
  ['an annotation of an unknown type', (e) => void ((e.annotations[0] as { type: string }).type = 'person')],
  [
    'an annotation without its gloss in English',
    (e) => {
      delete (e.annotations[0]?.gloss as { en?: string }).en;
    },
  ],
  ['an unannounced field in an annotation', (e) => void ((e.annotations[0] as Record<string, unknown>).note = 'x')],
  [
    'an anchor without its unit',
    (e) => {
      delete (e.annotations[0]?.anchors[0] as { unit?: string }).unit;
    },
  ],
  ['an anchor with a negative token index', (e) => void ((e.annotations[0]?.anchors[0] as { first: number }).first = -1)],
  [
    'an English span without its text',
    (e) => {
      const anchor = e.annotations.flatMap((a) => a.anchors).find((x) => x.en);
      delete (anchor?.en as { text?: string }).text;
    },
  ],
  ['a theme without measures', (e) => void ((e.themes[0] as { measures: number[] }).measures = [])],
  ['a theme with a malformed slug', (e) => void ((e.themes[0] as { slug: string }).slug = 'Open Markets')],
])('rejects an export with %s', (_, corrupt) => {
  const copy = structuredClone(data) as Export & Record<string, unknown>;
  corrupt(copy);
  expect(validate(copy)).toBe(false);
});
