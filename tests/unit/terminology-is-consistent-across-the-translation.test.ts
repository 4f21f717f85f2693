import { expect, it } from 'vitest';
import { terminologyExceptions, usesRendering } from '../../src/lib/annotate/terminology.ts';
import type { Edition } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();

it('has zero unexplained exceptions: every sentence containing a termbase entry uses its rendering or a variant', () => {
  const unexplained = terminologyExceptions(edition).filter((x) => x.reason === undefined);
  expect(unexplained.map((x) => `${x.sentence} ${x.zh} → ${x.expected.join(' | ')}`)).toEqual([]);
});

it('explains every exception it allows, each naming a real sentence', () => {
  for (const x of terminologyExceptions(edition)) {
    expect(x.reason?.trim().length ?? 0, `${x.annotation} in ${x.sentence}`).toBeGreaterThan(10);
  }
});

it('catches a sentence whose English drops the rendering', () => {
  const broken: Edition = {
    ...edition,
    measures: edition.measures.map((m) =>
      m.n !== 22
        ? m
        : {
            ...m,
            sentences: m.sentences.map((s) =>
              s.id === 'm22.s5' ? { ...s, en: (s.en ?? '').replace('single window', 'one-stop portal') } : s,
            ),
          },
    ),
  };
  expect(
    terminologyExceptions(broken)
      .filter((x) => !x.reason)
      .map((x) => [x.sentence, x.annotation]),
  ).toEqual([['m22.s5', 'single-window']]);
});

it.each([
  ['The Belt and Road countries', { en: 'the Belt and Road', variants: [] }, true],
  ['the “single window”', { en: 'single window', variants: [] }, true],
  ['pilot free trade zones', { en: 'pilot free trade zone', variants: [] }, true],
  ['Belt-and-Road projects', { en: 'Belt and Road', variants: [] }, true],
  ['free trade ports', { en: 'pilot free trade zone', variants: ['pilot free trade zones'] }, false],
])('usesRendering(%j)', (english, entry, expected) => {
  expect(usesRendering(english, entry)).toBe(expected);
});
