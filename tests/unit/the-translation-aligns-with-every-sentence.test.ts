import { describe, expect, it } from 'vitest';
import { alignmentErrors } from '../../src/lib/translation/align.ts';
import { parseTranslation } from '../../src/lib/translation/read.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { realEdition } from '../support/content.ts';
import { readFileSync } from 'node:fs';

const file = 'content/translations/trade-2019.en.yaml';
const translation = parseTranslation(file, readFileSync(file, 'utf8'));
const edition = realEdition();

it('has exactly one non-empty English entry for every sentence ID, and nothing else', () => {
  expect(alignmentErrors(edition, translation, file)).toEqual([]);
  expect(Object.keys(translation.segments).sort()).toEqual(
    allSentences(edition)
      .map((s) => s.id)
      .sort(),
  );
});

it('reaches the records: every sentence has its English', () => {
  expect(
    allSentences(edition)
      .filter((s) => !s.en)
      .map((s) => s.id),
  ).toEqual([]);
});

describe.each([
  [
    'a missing ID',
    (s: Record<string, string>) => {
      delete s['m14.s2'];
    },
    'f.yaml: m14.s2 has no English translation',
  ],
  [
    'an unknown ID',
    (s: Record<string, string>) => {
      s['m14.s99'] = 'Extra.';
    },
    'f.yaml: m14.s99 is not a sentence ID of trade-2019',
  ],
  [
    'an empty entry',
    (s: Record<string, string>) => {
      s['m3.s1'] = '  ';
    },
    'f.yaml: m3.s1 has an empty English translation',
  ],
  [
    'Chinese left in',
    (s: Record<string, string>) => {
      s['m3.s2'] = 'Improve 质量 management.';
    },
    'f.yaml: m3.s2 still contains Chinese characters: "质"',
  ],
])('%s', (_name, mutate, message) => {
  it('is reported with its ID', () => {
    const segments = { ...translation.segments };
    mutate(segments);
    expect(alignmentErrors(edition, { ...translation, segments }, 'f.yaml')).toEqual([message]);
  });
});

it('rejects a file whose keys are not structural IDs, naming the key', () => {
  expect(() => parseTranslation('f.yaml', 'language: en\nissuers: [A, B]\nsegments:\n  measure14: "x"\n')).toThrow(
    /f\.yaml: segments\.measure14/,
  );
});

it('rejects YAML that does not parse, naming line and column', () => {
  expect(() => parseTranslation('f.yaml', 'language: en\nsegments:\n  title: "unclosed\n')).toThrow(/^f\.yaml:\d+:\d+ expected valid YAML/);
});
