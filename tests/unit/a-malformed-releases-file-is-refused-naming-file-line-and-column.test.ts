import { describe, expect, it } from 'vitest';
import { parseReleases } from '../../src/lib/releases/read.ts';

const PATH = 'content/releases/trade-2019.yaml';
const NOTES = 'content/releases/trade-2019.release-2-notes.yaml';
const release1 = `releases:
  - n: 1
    date: 2026-11-26
    summary: { en: First., zh: 第一版。 }
`;
const parse = (text: string, notes = ''): unknown => parseReleases(PATH, text, () => ({ path: NOTES, text: notes }));

describe('refuses', () => {
  it.each([
    [
      'a gap in the numbering',
      `${release1}  - n: 3\n    date: 2026-12-01\n    summary: { en: x, zh: x }\n`,
      `${PATH}:5:8 releases.1.n: expected release 2 (releases are numbered 1, 2, 3 … in order), found 3`,
    ],
    [
      'a date before the previous release',
      `${release1}  - n: 2\n    date: 2026-01-01\n    summary: { en: x, zh: x }\n`,
      `${PATH}:6:11 releases.1.date: expected a date on or after release 1's (2026-11-26), found 2026-01-01`,
    ],
    ['an impossible date', release1.replace('2026-11-26', '2026-02-30'), `${PATH}:3:11 releases.0.date:`],
    [
      'an unknown field',
      release1.replace('    summary', '    sumary: x\n    summary'),
      `${PATH}:2:5 releases.0: Unrecognized key: "sumary"`,
    ],
    ['a summary in one language', release1.replace(', zh: 第一版。', ''), `${PATH}:4:14 releases.0.summary.zh:`],
    [
      'no summary anywhere',
      'releases:\n  - n: 1\n    date: 2026-11-26\n',
      `${PATH}: releases.0: release 1 has no summary, expected one here or in its notesFile`,
    ],
    [
      'a note on something that is not a unit ID',
      release1.replace('    summary', '    notes: { m14.s02: why }\n    summary'),
      `${PATH}:4:23 releases.0.notes.m14.s02: expected a unit ID such as m14.s2, found m14.s02`,
    ],
    ['YAML that does not parse', 'releases: [\n', `${PATH}:2:1`],
  ])('%s', (_, text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  it('a notes file with an unknown section, naming the notes file', () => {
    const text = `${release1}  - n: 2\n    date: 2026-12-01\n    notesFile: trade-2019.release-2-notes.yaml\n`;
    expect(() => parse(text, 'summary: { en: x, zh: x }\nunit: {}\n')).toThrow(`${NOTES}:1:1 Unrecognized key: "unit"`);
  });
});

it('takes a release summary and notes from its notes file, so adding the release is one entry', () => {
  const text = `${release1}  - { n: 2, date: 2026-12-01, notesFile: trade-2019.release-2-notes.yaml }\n`;
  const notes = 'summary: { en: Reviewed., zh: 审订。 }\nunits:\n  m24.s6: Why.\nannotations:\n  ciie: New.\nthemes: {}\n';
  expect(parse(text, notes)).toEqual([
    { n: 1, date: '2026-11-26', summary: { en: 'First.', zh: '第一版。' }, notes: {}, annotationNotes: {}, themeNotes: {} },
    {
      n: 2,
      date: '2026-12-01',
      summary: { en: 'Reviewed.', zh: '审订。' },
      notes: { 'm24.s6': 'Why.' },
      annotationNotes: { ciie: 'New.' },
      themeNotes: {},
    },
  ]);
});
