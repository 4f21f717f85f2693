/**
 * An alias sends a search to one entry, so it must name that entry's concept and no other: no alias may also be
 * another entry's alias, Chinese headword, English headword or variant (case and quotation marks folded).
 */
import { expect, it } from 'vitest';
import type { Annotation } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const fold = (s: string): string => s.normalize('NFKC').replace(/["“”]/g, '').trim().toLowerCase();
const names = (a: Annotation): Set<string> => new Set([a.zh, a.en, ...a.variants, ...a.aliases].map(fold));

function sharedAliases(annotations: readonly Annotation[]): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    for (const alias of a.aliases) {
      const others = annotations.filter((b) => b !== a && names(b).has(fold(alias))).map((b) => b.slug);
      if (others.length > 0) out.push(`${a.slug}: ${alias} also names ${others.join(', ')}`);
    }
  }
  return out;
}

const { annotations } = realEdition();

it('gives no alias to two entries', () => {
  expect(sharedAliases(annotations)).toEqual([]);
});

it('catches an alias that another entry also has', () => {
  const [first, second] = annotations;
  if (!first || !second) throw new Error('expected at least two entries');
  const planted = [{ ...first, aliases: [...first.aliases, second.zh] }, second];
  expect(sharedAliases(planted)).toEqual([`${first.slug}: ${second.zh} also names ${second.slug}`]);
});
