/**
 * How the edition's stable IDs become Akoma Ntoso eIds, following the AKN
 * naming convention's shape (element abbreviation, `_`, number; ancestors
 * joined by `__`). Measures are numbered continuously across parts, so a
 * measure's eId does not repeat its part (`point_14`, not `part_5__point_14`),
 * just as the IDs do not. A `p` is one sentence; its number is the sentence's
 * number in the stable ID, so a measure's first `p` is `p_2`: its sentence 1
 * is the measure's heading.
 *
 *   issuers, title, dateline   preface__p_1, preface__p_2, preface__p_3
 *   preamble.s{i}              preamble__p_{i}
 *   p{k}, p{k}.heading         part_{k}, part_{k}__heading
 *   p{k}.para{j}               part_{k}__para_{j}
 *   p{k}.para{j}.s{i}          part_{k}__para_{j}__p_{i}
 *   m{n}, m{n}.s1              point_{n}, point_{n}__heading
 *   m{n}.s{i} (i ≥ 2)          point_{n}__p_{i}
 */
import { parseId } from '../records/ids.ts';

export function aknEid(text: string): string {
  const id = parseId(text);
  switch (id?.kind) {
    case undefined:
      throw new Error(`no Akoma Ntoso eId for the ID "${text}"`);
    case 'issuers':
      return 'preface__p_1';
    case 'title':
      return 'preface__p_2';
    case 'dateline':
      return 'preface__p_3';
    case 'preamble-sentence':
      return `preamble__p_${id.sentence}`;
    case 'part':
      return `part_${id.part}`;
    case 'part-heading':
      return `part_${id.part}__heading`;
    case 'paragraph':
      return `part_${id.part}__para_${id.paragraph}`;
    case 'paragraph-sentence':
      return `part_${id.part}__para_${id.paragraph}__p_${id.sentence}`;
    case 'measure':
      return `point_${id.measure}`;
    case 'measure-sentence':
      return id.sentence === 1 ? `point_${id.measure}__heading` : `point_${id.measure}__p_${id.sentence}`;
  }
}
