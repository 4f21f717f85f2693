/**
 * Ranking: one result per unit, whichever index matched it best, ordered by
 * how well its own text matches the query (`relevance`) and then by
 * Pagefind's score.
 */
import { inLanguage, relevance, sentencesOf, termsOf, type IndexLang } from '../../lib/search/query.ts';
import type { Fragment } from './loader.ts';

export interface Hit {
  key: string;
  lang: IndexLang;
  score: number;
  relevance: number;
  data: Fragment;
}

/** The sentences of a result, as the edition displays them. */
export function sentencesOfHit(data: Fragment): ReturnType<typeof sentencesOf> {
  return sentencesOf(data.content, data.meta.s ?? '', data.meta.tk === '1');
}

/** The unit a fragment stands for, the same from either index: its page in the interface's language and its ID. */
export function unitKey(data: Fragment, pageLang: IndexLang): string {
  return `${inLanguage(data.meta.path ?? data.url, pageLang)}#${data.meta.u ?? ''}`;
}

export function rank(found: readonly { lang: IndexLang; score: number; data: Fragment }[], query: string, pageLang: IndexLang): Hit[] {
  const byKey = new Map<string, Hit>();
  for (const h of found) {
    const key = unitKey(h.data, pageLang);
    const rel = relevance(sentencesOfHit(h.data), query, termsOf(h.data.meta.al ?? ''));
    const seen = byKey.get(key);
    if (!seen || rel > seen.relevance || (rel === seen.relevance && h.score > seen.score))
      byKey.set(key, { key, lang: h.lang, score: h.score, relevance: rel, data: h.data });
  }
  return [...byKey.values()].sort((a, b) => b.relevance - a.relevance || b.score - a.score);
}
