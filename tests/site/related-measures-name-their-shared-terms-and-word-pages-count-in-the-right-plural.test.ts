import { expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

const why = (path: string): string[] => Array.from(readPage(path).matchAll(/<span class="why">([^<]*)<\/span>/g), (m) => m[1] ?? '');

it.each([
  ['/en/trade-2019/measure-14/', '2 shared terms: foreign trade, integrated foreign trade services'],
  ['/zh/trade-2019/measure-14/', '2个共同术语：外贸、外贸综合服务'],
])('names the terms %s shares with a related measure', (path, named) => {
  expect(
    why(path).some((w) => w.endsWith(named)),
    why(path).join(' | '),
  ).toBe(true);
  expect(
    why(path).every((w) => !/共同术语$|shared terms?$/.test(w)),
    'a count without the terms',
  ).toBe(true);
});

it('counts one occurrence in one sentence in the singular on a word page', () => {
  const html = readPage('/en/trade-2019/words/做/');
  expect(html).toContain('1 occurrence in 1 sentence');
  expect(html).not.toMatch(/1 occurrences|1 sentences/);
});
