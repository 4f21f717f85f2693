import { expect, it } from 'vitest';
import { headword } from '../../src/lib/annotate/headword.ts';

it.each([
  ['"China Services" national brand', '“China Services” national brand'],
  ['“China Services” national brand', '“China Services” national brand'],
  ['"Silk Road E-commerce"', 'Silk Road E-commerce'],
  ['"specialised, refined, distinctive and innovative"', 'specialised, refined, distinctive and innovative'],
  ['a "first" and a "second" quote', 'a “first” and a “second” quote'],
  ['single window', 'single window'],
])('headword(%j) is %j', (en, printed) => {
  expect(headword(en)).toBe(printed);
});
