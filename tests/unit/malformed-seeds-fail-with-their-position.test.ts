/**
 * Golden fixtures: tests/fixtures/malformed/<case>/input.zh.txt must fail with
 * exactly the message in expected.txt. UPDATE=1 writes expected.txt; without it a case with no expected.txt fails,
 * so a new case is read and committed by someone before it can pass.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { SourceError } from '../../src/lib/checked/errors.ts';

const root = 'tests/fixtures/malformed';
const cases = readdirSync(root).sort();

it('covers every malformed input the edition promises to reject', () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      'empty-file',
      'skipped-measure-number',
      'duplicated-measure-number',
      'parts-out-of-order',
      'unknown-heading-line',
      'invalid-utf8',
    ]),
  );
});

describe.each(cases)('%s', (name) => {
  const input = join(root, name, 'input.zh.txt');
  const expectedFile = join(root, name, 'expected.txt');

  it('fails with a message naming file:line:column, what was found and what was expected', () => {
    let message = '';
    try {
      parseCorpus([{ path: input, bytes: readFileSync(input) }]);
    } catch (error) {
      expect(error).toBeInstanceOf(SourceError);
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^${input.replaceAll('.', '\\.')}:\\d+:\\d+ expected .+, found .+$`));
    if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${message}\n`);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE=1, read it, and commit it`).toBe(true);
    expect(message).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
  });
});
