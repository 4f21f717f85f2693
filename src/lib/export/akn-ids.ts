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
const FRONT: Readonly<Record<string, string>> = { issuers: 'preface__p_1', title: 'preface__p_2', dateline: 'preface__p_3' };

export function aknEid(id: string): string {
  const front = FRONT[id];
  if (front) return front;
  const preamble = /^preamble\.s(\d+)$/.exec(id);
  if (preamble) return `preamble__p_${preamble[1]}`;
  const part = /^p(\d+)(?:(\.heading)|\.para(\d+)(?:\.s(\d+))?)?$/.exec(id);
  if (part) {
    const [, k, heading, j, i] = part;
    if (heading) return `part_${k}__heading`;
    return [`part_${k}`, j && `para_${j}`, i && `p_${i}`].filter(Boolean).join('__');
  }
  const measure = /^m(\d+)(?:\.s(\d+))?$/.exec(id);
  if (measure) {
    const [, n, i] = measure;
    if (!i) return `point_${n}`;
    return i === '1' ? `point_${n}__heading` : `point_${n}__p_${i}`;
  }
  throw new Error(`no Akoma Ntoso eId for the ID "${id}"`);
}
