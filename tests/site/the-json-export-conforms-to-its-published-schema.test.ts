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
])('rejects an export with %s', (_, corrupt) => {
  const copy = structuredClone(data) as Export & Record<string, unknown>;
  corrupt(copy);
  expect(validate(copy)).toBe(false);
});
