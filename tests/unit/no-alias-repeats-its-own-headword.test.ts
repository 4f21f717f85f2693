/**
 * An alias is another name for the entry's concept: repeating the entry's own headword, in Chinese or in English,
 * adds no name and shows the headword twice where the names are listed. English is compared without case, quotation
 * marks or a leading article ("Silk Road E-commerce" is the headword "Silk Road E-commerce" in quotation marks,
 * "State Council" the headword "the State Council").
 */
import { expect, it } from 'vitest';
import type { Annotation } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/["“”‘’]/g, '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');

function headwordAliases(annotations: readonly Annotation[]): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    const headwords = new Set([fold(a.zh), fold(a.en)]);
    for (const alias of a.aliases) if (headwords.has(fold(alias))) out.push(`${a.slug}: ${alias} is its own headword`);
  }
  return out;
}

const { annotations } = realEdition();

it('gives no entry its own headword as an alias', () => {
  expect(headwordAliases(annotations)).toEqual([]);
});

it('catches an alias that repeats the Chinese or the English headword', () => {
  const [first] = annotations;
  if (!first) throw new Error('expected an entry');
  const english = `The ${first.en.replace(/^the\s+/i, '').toUpperCase()}`;
  const planted = [{ ...first, aliases: [...first.aliases, first.zh, english] }];
  expect(headwordAliases(planted)).toEqual([
    `${first.slug}: ${first.zh} is its own headword`,
    `${first.slug}: ${english} is its own headword`,
  ]);
});
