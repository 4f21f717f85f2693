import { expect, it } from 'vitest';
import { buildDay, readBuildDate, resolveBuildDate, type BuildDateInputs } from '../../src/lib/export/build-date.ts';

it.each<[string, BuildDateInputs, ReturnType<typeof resolveBuildDate>]>([
  [
    'SOURCE_DATE_EPOCH wins over git',
    { sourceDateEpoch: '1574121600', lastCommitDate: '2025-01-02T03:04:05+08:00' },
    { date: '2019-11-19T00:00:00Z', from: 'SOURCE_DATE_EPOCH' },
  ],
  ['the last commit date, in UTC', { lastCommitDate: '2025-01-02T03:04:05+08:00\n' }, { date: '2025-01-01T19:04:05Z', from: 'git' }],
  [
    'an empty SOURCE_DATE_EPOCH counts as unset',
    { sourceDateEpoch: ' ', lastCommitDate: '2025-01-02T03:04:05Z' },
    { date: '2025-01-02T03:04:05Z', from: 'git' },
  ],
  ['no date at all rather than an invented one', {}, { date: null, from: 'none' }],
])('%s', (_, inputs, expected) => {
  expect(resolveBuildDate(inputs)).toEqual(expected);
});

it('refuses a malformed SOURCE_DATE_EPOCH instead of guessing', () => {
  expect(() => resolveBuildDate({ sourceDateEpoch: '2019-11-19' })).toThrow(/whole number of seconds/);
  expect(() => resolveBuildDate({ lastCommitDate: 'yesterday' })).toThrow(/not a valid date/);
});

it('gives the same answer every time it is asked', () => {
  expect(readBuildDate()).toEqual(readBuildDate());
  expect(buildDay({ date: '2025-01-01T19:04:05Z', from: 'git' })).toBe('2025-01-01');
  expect(buildDay({ date: null, from: 'none' })).toBeNull();
});
