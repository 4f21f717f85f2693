/**
 * A control character, a noncharacter or a lone surrogate in any input reaches the pages and makes the Akoma Ntoso
 * ill-formed. The seed check had them; the YAML inputs did not, and a YAML escape (`"\x01"`, `"\uFFFE"`) writes one
 * the raw text does not show. Each is refused at its file:line:column.
 */
import { describe, expect, it } from 'vitest';
import { parseAnnotationFile, parseThemesFile } from '../../src/lib/annotate/read.ts';
import { decodeSource } from '../../src/lib/parse/decode.ts';
import { parseReleases } from '../../src/lib/releases/read.ts';
import { parseTranslation } from '../../src/lib/translation/read.ts';

const translation = (value: string): string => `language: en\nissuers: [A, B]\nsegments:\n  m14.s2: ${value}\n`;
const CLEAN = 'expected text without control or invisible characters, found';

describe('a translation string written with an escape XML or a page cannot hold', () => {
  it.each([
    ['"Advance \\x01 the building."', 'a control character (U+0001)'],
    ['"Advance \\0 the building."', 'NUL (U+0000)'],
    ['"Advance \\x1b the building."', 'a control character (U+001B)'],
    ['"Advance \\uFFFE the building."', 'a noncharacter (U+FFFE)'],
    ['"Advance \\uFFFF the building."', 'a noncharacter (U+FFFF)'],
    ['"Advance \\uD800 the building."', 'a lone surrogate (U+D800)'],
    ['"Advance \\u2028 the building."', 'a line or paragraph separator (U+2028)'],
  ])('%s is refused at its position', (value, found) => {
    expect(() => parseTranslation('t.en.yaml', translation(value))).toThrow(
      `t.en.yaml:4:11 ${CLEAN} ${found} written as an escape in this string`,
    );
  });

  it('U+0085, which XML allows, is still refused as a control character', () => {
    expect(() => parseTranslation('t.en.yaml', translation('"a\\x85b"'))).toThrow(`t.en.yaml:4:11 ${CLEAN} a control character (U+0085)`);
  });

  it('plain text passes', () => {
    expect(parseTranslation('t.en.yaml', translation('"Advance the building."')).segments['m14.s2']).toBe('Advance the building.');
  });
});

it('a theme name with an escaped NUL is refused at its position', () => {
  const themes = '- slug: industry\n  name: { zh: 产业, en: "Industrial\\x00base" }\n  measures: [1]\n';
  expect(() => parseThemesFile('th.yaml', themes)).toThrow(`th.yaml:2:23 ${CLEAN} NUL (U+0000) written as an escape in this string`);
});

it('an annotation gloss with an escaped noncharacter is refused at its file line', () => {
  const file = [
    '---',
    'type: programme',
    'zh: 单一窗口',
    'pinyin: dānyī chuāngkǒu',
    'tokens: [[单一, 窗口]]',
    'en: single window',
    'gloss: { zh: 一个入口。, en: "One\\uFFFF entry." }',
    '---',
    '',
  ].join('\n');
  expect(() => parseAnnotationFile('a/doc-1/single-window.mdx', file)).toThrow(
    `a/doc-1/single-window.mdx:7:25 ${CLEAN} a noncharacter (U+FFFF)`,
  );
});

it('a release summary with an escaped control character is refused at its position', () => {
  const releases = 'releases:\n  - n: 1\n    date: 2026-11-25\n    summary: { en: "First\\x07", zh: 首次 }\n';
  expect(() => parseReleases('r.yaml', releases, () => ({ path: '', text: '' }))).toThrow(
    `r.yaml:4:20 ${CLEAN} a control character (U+0007)`,
  );
});

it('a raw noncharacter in any input file is refused when it is decoded', () => {
  expect(() => decodeSource('t.en.yaml', new TextEncoder().encode('language: en\nsegments:\n  m1.s1: a\uFFFEb\n'))).toThrow(
    `t.en.yaml:3:11 ${CLEAN} a noncharacter (U+FFFE)`,
  );
});

it('an alias bomb names its file', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
  ].join('\n');
  expect(() => parseTranslation('bomb.en.yaml', bomb)).toThrow(/^bomb\.en\.yaml: expected YAML that expands to plain data, found/);
});
