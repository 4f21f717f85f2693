/**
 * How the edition's stable IDs become TEI xml:ids. An xml:id must be an
 * NCName: it may hold letters, digits, `.`, `-` and `_`, and must not start
 * with a digit, `.` or `-`. The stable IDs already fit (`m14.s2`,
 * `p1.para2.s1`, `title`), so each is kept whole behind its language, which
 * keeps the Chinese and the English unit apart in one document:
 *
 *   unit {id} in language {lang}     {lang}.{id}          zh.m14.s2, en.m14.s2
 *   token k (0-based) of a unit      {lang}.{id}.t{k}     zh.m14.s2.t3
 *   termbase entry {slug}            term.{slug}          term.belt-and-road
 *   anchor k (1-based) of an entry   ann.{slug}.{k}       ann.belt-and-road.2
 *   theme {slug}                     theme.{slug}         theme.open-markets
 *
 * No stable ID has a segment `t{k}`, so a token's ID never equals a unit's.
 */
import type { Lang } from '../../i18n/index.ts';
import { parseId } from '../records/ids.ts';

export function teiUnitId(lang: Lang, id: string): string {
  if (!parseId(id)) throw new Error(`no TEI xml:id for the ID "${id}"`);
  return `${lang}.${id}`;
}

export function teiTokenId(lang: Lang, id: string, k: number): string {
  return `${teiUnitId(lang, id)}.t${k}`;
}

export const teiTermId = (slug: string): string => `term.${slug}`;
export const teiAnnotationId = (slug: string, k: number): string => `ann.${slug}.${k}`;
export const teiThemeId = (slug: string): string => `theme.${slug}`;
