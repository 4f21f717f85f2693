/**
 * The README tells a reader what saving the edition for offline reading costs, in the button's own words; the build
 * states the size on the button from what a save downloads. The two must say the same.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

/** The size a built page's button states for the document. */
const buttonSize = (page: string): string | undefined => /data-offline-size="trade-2019">([^<]+)</.exec(readPage(page))?.[1];

it('states in the README, in both languages, the size the save button states', () => {
  const button = buttonSize('/en/trade-2019/data/');
  expect(button).toMatch(/^\d+(\.\d)? (MB|KB)$/);
  expect(buttonSize('/zh/trade-2019/measure-14/')).toBe(button);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const stated = [...readme.matchAll(/Save for offline reading \(([^)]+)\)|离线保存（([^）]+)）/g)].map((m) => m[1] ?? m[2]);
  expect(stated).toHaveLength(2);
  expect(stated).toEqual([button, button]);
});
