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

describe('the clauses of a long sentence', () => {
  const clauses = translation.clauses?.['p1.para1.s1'] ?? [];
  const withClauses = (mutate: (c: { zh: string; en: string }[]) => void) => {
    const copy = clauses.map((c) => ({ ...c }));
    mutate(copy);
    return alignmentErrors(edition, { ...translation, clauses: { 'p1.para1.s1': copy } }, 'f.yaml');
  };

  it('are given for the one sentence longer than a phone screen, and reach its record', () => {
    expect(clauses.length).toBeGreaterThan(1);
    const sentence = allSentences(edition).find((s) => s.id === 'p1.para1.s1');
    expect(sentence?.clauses).toHaveLength(clauses.length - 1);
    // Each boundary divides both texts where the file says it does.
    const at = [0, ...(sentence?.clauses ?? []).map((c) => c.en), (sentence?.en?.length ?? 0) + 1];
    expect(clauses.map((_, k) => sentence?.en?.slice(at[k], (at[k + 1] ?? 0) - 1))).toEqual(clauses.map((c) => c.en));
    const tokens = [0, ...(sentence?.clauses ?? []).map((c) => c.token), sentence?.tokens.length ?? 0];
    expect(clauses.map((_, k) => sentence?.tokens.slice(tokens[k], tokens[k + 1]).join(''))).toEqual(clauses.map((c) => c.zh));
  });

  it.each([
    [
      'Chinese that is not the sentence',
      (c: { zh: string; en: string }[]) => {
        if (c[0]) c[0].zh = c[0].zh.replace('指导', '领导');
      },
      /^f\.yaml: clauses of p1\.para1\.s1: the Chinese of its clauses, joined, is not the sentence's text: at character 19, found "领导/,
    ],
    [
      'a clause that ends inside a token',
      (c: { zh: string; en: string }[]) => {
        if (c[0] && c[1]) {
          c[0].zh = `${c[0].zh}全`;
          c[1].zh = c[1].zh.slice(1);
        }
      },
      /^f\.yaml: clauses of p1\.para1\.s1: a clause ends inside a token/,
    ],
    [
      'English that is not the translation',
      (c: { zh: string; en: string }[]) => {
        if (c[1]) c[1].en = c[1].en.replace('fully', 'wholly');
      },
      /^f\.yaml: clauses of p1\.para1\.s1: the English of its clauses, joined with spaces, is not its translation: at character \d+, found "wholly/,
    ],
  ])('refuse %s, naming the file and the sentence', (_name, mutate, message) => {
    const errors = withClauses(mutate);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuse an unknown sentence ID', () => {
    expect(alignmentErrors(edition, { ...translation, clauses: { 'm14.s99': clauses } }, 'f.yaml')).toEqual([
      'f.yaml: clauses: m14.s99 is not a sentence ID of trade-2019',
    ]);
  });
});
