import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { exportTokens, type Export } from '../../src/lib/export/json.ts';
import { tokenStream } from '../../src/lib/parse/tokens.ts';

const data = JSON.parse(readFileSync(join(inject('distDir'), 'data/trade-2019.json'), 'utf8')) as Export;
const source = readFileSync('seeds/trade-2019.zh.txt');

it('holds 8 parts and 27 measures', () => {
  expect(data.parts).toHaveLength(8);
  expect(data.measures).toHaveLength(27);
  expect(data.measures.map((m) => m.id)).toEqual(Array.from({ length: 27 }, (_, i) => `m${i + 1}`));
});

it('states the document, its date and the checksum of its source', () => {
  expect(data.slug).toBe('trade-2019');
  expect(data.title.zh).toBe('关于推进贸易高质量发展的指导意见');
  expect(data.issuers.map((i) => i.zh)).toEqual(['中共中央', '国务院']);
  expect(data.date).toBe('2019-11-19');
  expect(data.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(data.version).toBe(1);
});

it('holds every sentence with its ID, text and tokens', () => {
  const sentences = data.measures.flatMap((m) => m.sentences);
  expect(sentences).toHaveLength(135);
  for (const s of sentences) expect(s.text).toBe(s.tokens.join(''));
});

it('gives back the source token stream when its tokens are concatenated', () => {
  expect(exportTokens(data)).toEqual(tokenStream(source.toString('utf8')));
});
