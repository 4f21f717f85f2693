/**
 * A unit's history, derived by comparing releases: the frozen exports of
 * earlier releases and the current records. Pure.
 */
import { isId } from '../records/ids.ts';
import type { Edition } from '../records/index.ts';
import type { UnitChange, UnitText, Wording } from '../records/releases.ts';
import { allSentences } from '../records/walk.ts';

export type { UnitChange, UnitText, Wording } from '../records/releases.ts';

export type ReleaseTexts = ReadonlyMap<string, UnitText>;

/** The units of the current records. */
export function textsOfEdition(edition: Edition): ReleaseTexts {
  return new Map(allSentences(edition).map((s) => [s.id, { id: s.id, zh: s.text, en: s.en }]));
}

/**
 * The units of a JSON export as published (any version): every object in it
 * that has a unit ID, a text and its tokens. Walking the tree rather than
 * its fields keeps this working for exports of earlier shapes.
 */
export function textsOfExport(json: unknown): ReleaseTexts {
  const out = new Map<string, UnitText>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.id === 'string' && isId(o.id) && typeof o.text === 'string' && Array.isArray(o.tokens)) {
        out.set(o.id, { id: o.id, zh: o.text, en: typeof o.en === 'string' ? o.en : undefined });
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(json);
  return out;
}

/** Each unit's English wordings, oldest first; a release adds one only when the wording changed. */
export function wordingsOf(releases: readonly { n: number; texts: ReleaseTexts }[], id: string): Wording[] {
  const out: Wording[] = [];
  for (const { n, texts } of releases) {
    const en = texts.get(id)?.en;
    if (en !== undefined && out.at(-1)?.en !== en) out.push({ release: n, en });
  }
  return out;
}

/** The units whose Chinese or English differ between two releases, in the later release's order. */
export function changesBetween(before: ReleaseTexts, after: ReleaseTexts): UnitChange[] {
  const out: UnitChange[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then && (then.zh !== now.zh || then.en !== now.en)) out.push({ id, before: then, after: now });
  }
  return out;
}
