import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readRecords } from '../../src/lib/records/read.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { csvRecord } from '../../src/lib/export/csv.ts';
import { parseCsv } from '../support/rfc4180.ts';

const bytes = readFileSync(join(inject('distDir'), 'data/trade-2019.csv'));
const [edition] = readRecords().filter((e) => e.document.slug === 'trade-2019');
if (!edition) throw new Error('no trade-2019 records');
const units = allSentences(edition);

/** Parsed on first use, so that a malformed file fails a test rather than the whole file's collection. */
let parsed: string[][] | undefined;
function csv(): { header: string[]; rows: string[][] } {
  parsed ??= parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ''));
  const [header = [], ...rows] = parsed;
  return { header, rows };
}

describe('/data/trade-2019.csv', () => {
  it('is UTF-8 with a byte-order mark', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has the documented header', () => {
    expect(csv().header).toEqual(['id', 'measure', 'part', 'zh', 'en', 'zh_tokens']);
  });

  it('has one row per sentence, in document order, with every ID once', () => {
    const { rows } = csv();
    expect(rows).toHaveLength(units.length);
    expect(rows.map((r) => r[0])).toEqual(units.map((s) => s.id));
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.filter((r) => /^m\d+\.s\d+$/.test(r[0] ?? ''))).toHaveLength(135);
  });

  it('round-trips each sentence’s text, translation and tokens', () => {
    csv().rows.forEach(([id, , , zh, en, tokens], i) => {
      const unit = units[i];
      expect(zh, id).toBe(unit?.text);
      expect(en, id).toBe(unit?.en ?? '');
      expect(tokens?.split(' '), id).toEqual(unit?.tokens);
    });
  });

  it('names the measure and part of each sentence', () => {
    const row = (id: string) => csv().rows.find((r) => r[0] === id);
    expect(row('title')?.slice(1, 3)).toEqual(['', '']);
    expect(row('preamble.s1')?.slice(1, 3)).toEqual(['', '']);
    expect(row('p1.para2.s1')?.slice(1, 3)).toEqual(['', '1']);
    expect(row('p5.heading')?.slice(1, 3)).toEqual(['', '5']);
    expect(row('m14.s2')?.slice(1, 3)).toEqual(['14', '5']);
    expect(row('m27.s1')?.slice(1, 3)).toEqual(['27', '8']);
  });
});

describe('the RFC 4180 writer and parser', () => {
  it.each([
    ['plain', ['a', 'b'], 'a,b'],
    ['a comma', ['a, b', 'c'], '"a, b",c'],
    ['a quote', ['say "hi"', ''], '"say ""hi""",'],
    ['a line break', ['a\r\nb', 'c'], '"a\r\nb",c'],
  ])('round-trips a field with %s', (_, fields, line) => {
    expect(csvRecord(fields)).toBe(line);
    expect(parseCsv(`${line}\r\n`)).toEqual([fields]);
  });

  it.each([
    ['a bare LF record separator', 'a,b\nc,d\n'],
    ['a quote in a plain field', 'a"b,c\r\n'],
    ['text after a closing quote', '"a"b,c\r\n'],
    ['an unterminated quote', '"a,b\r\n'],
    ['a short record', 'a,b\r\nc\r\n'],
  ])('rejects %s', (_, text) => {
    expect(() => parseCsv(text)).toThrow(/RFC 4180/);
  });
});
