import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/lib/export/csv.ts';

describe('CSV cells cannot run as formulas in a spreadsheet', () => {
  it.each([
    ['=HYPERLINK("https://example.com")', `"'=HYPERLINK(""https://example.com"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['推进跨境电子商务', '推进跨境电子商务'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});
