/**
 * Rendering: the status line, the results, the facets and the failure state.
 * Only DOM work here; what to show comes from the entry (`../search.ts`).
 */
import { bestFragment, highlightTerms, termsOf, type IndexLang } from '../../lib/search/query.ts';
import type { Hit } from './ranking.ts';
import { sentencesOfHit } from './ranking.ts';

export interface Labels {
  base: string;
  lang: IndexLang;
  doc: string;
  parts: Record<string, string>;
  /** Each measure's title, by number. */
  measures: Record<string, string>;
  themes: Record<string, string>;
  extent: { parts: number; measures: number };
  strings: Record<string, string>;
}

export interface View {
  status: HTMLElement;
  note: HTMLElement;
  list: HTMLElement;
  more: HTMLElement;
  facets: HTMLElement;
}

export function strings(labels: Labels): (key: string, values?: Record<string, string | number>) => string {
  return (key, values = {}) => (labels.strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Fill an element with text, wrapping each occurrence of the terms in <mark>. */
export function markInto(el: HTMLElement, text: string, terms: readonly string[]): void {
  const pattern = terms
    .filter(Boolean)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  if (pattern.length === 0) {
    el.textContent = text;
    return;
  }
  const re = new RegExp(`(${pattern.join('|')})`, 'giu');
  for (const piece of text.split(re)) {
    if (piece === '') continue;
    if (re.test(piece)) {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      el.append(mark);
    } else el.append(piece);
    re.lastIndex = 0;
  }
}

/** One result: title link (to its best sentence, carrying the query for highlighting), excerpt, where it matched. */
export function resultItem(hit: Hit, q: string, labels: Labels): HTMLLIElement {
  const str = strings(labels);
  const { meta } = hit.data;
  const sentences = sentencesOfHit(hit.data);
  const terms = termsOf(meta.al ?? '');
  const fragment = bestFragment(sentences, q, terms) ?? sentences[0]?.fragment ?? '';
  const sentence = sentences.find((s) => s.fragment === fragment)?.text ?? '';
  const params = new URLSearchParams({ q });
  const highlight = highlightTerms(q, terms);
  for (const term of highlight) params.append('hl', term);
  const li = document.createElement('li');
  const a = document.createElement('a');
  const path = hit.key.slice(0, hit.key.indexOf('#'));
  a.href = `${labels.base}${path.slice(1)}?${params.toString()}#${fragment}`;
  a.className = 'result-title';
  a.textContent = meta[labels.lang === 'zh' ? 'tzh' : 'ten'] ?? meta.title ?? hit.key;
  const excerpt = excerptOf('', hit.lang);
  markInto(excerpt, sentence, highlight);
  const where = document.createElement('p');
  where.className = 'result-meta';
  where.textContent = [labels.parts[hit.data.filters.part?.[0] ?? ''] ?? '', str(hit.lang === 'zh' ? 'matchedZh' : 'matchedEn')]
    .filter(Boolean)
    .join(' · ');
  li.append(a, excerpt, where);
  return li;
}

/** A result's excerpt: text from one index, in that index's language (its marks are added by the caller). */
export function excerptOf(text: string, lang: IndexLang): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.lang = lang === 'zh' ? 'zh-CN' : 'en';
  excerpt.textContent = text;
  return excerpt;
}

/** A result that is the unit a query names (`m14.s2`, `（十四）`): a link straight to it. */
export function unitItem(title: string, href: string, id: string, heading?: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.className = 'result-title';
  a.textContent = title;
  const where = document.createElement('p');
  where.className = 'result-meta';
  const code = document.createElement('code');
  code.textContent = id;
  where.append(code);
  if (heading) where.append(` · ${heading}`);
  li.append(a, where);
  return li;
}

/** A line above the results: how the query was read, with a link to search it as typed. */
export function readAs(view: View, labels: Labels, read: string | undefined, typed: string, hrefFor: (q: string) => string): void {
  const str = strings(labels);
  view.note.replaceChildren();
  if (read === undefined) return;
  const [before, after] = str('searchReadAs', { q: '\u0000' }).split('\u0000');
  const strong = document.createElement('strong');
  strong.textContent = read;
  const original = document.createElement('a');
  original.href = hrefFor(typed);
  original.dataset.exact = '';
  original.textContent = str('searchExactly', { q: typed });
  view.note.append(before ?? '', strong, after ?? '', ' ', original);
}

/** The failure state: what went wrong, and a button that tries again. */
export function failure(view: View, labels: Labels, retry: () => void): void {
  const str = strings(labels);
  view.list.replaceChildren();
  view.more.replaceChildren();
  view.status.textContent = str('searchFailed');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-retry';
  button.textContent = str('searchRetry');
  button.addEventListener('click', retry, { once: true });
  view.note.replaceChildren(button);
}

export interface FacetGroup {
  lang: IndexLang;
  counts: Record<string, Record<string, number>>;
  total: number;
}

/**
 * The facets: matching language, part and theme, each value with its count.
 * Values with no results are left out unless ticked; the counts of a ticked
 * facet are those without its own filter, so ticking one part keeps the other
 * parts (and their counts) in view.
 */
export function renderFacets(
  view: View,
  labels: Labels,
  groups: readonly FacetGroup[],
  active: { filters: Record<string, string>; only: IndexLang | undefined },
  onChange: (name: string, value: string, checked: boolean) => void,
): void {
  const str = strings(labels);
  const sum = (name: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const g of groups) for (const [value, n] of Object.entries(g.counts[name] ?? {})) out.set(value, (out.get(value) ?? 0) + n);
    return out;
  };
  const section = (title: string, name: string, entries: [string, string, number][]): HTMLElement => {
    const box = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = title;
    box.append(legend);
    for (const [value, label, n] of entries) {
      const id = `f-${name}-${value}`;
      const wrap = document.createElement('label');
      wrap.htmlFor = id;
      const box2 = document.createElement('input');
      box2.type = 'checkbox';
      box2.id = id;
      box2.checked = name === 'lang' ? active.only === value : active.filters[name] === value;
      box2.addEventListener('change', () => onChange(name, value, box2.checked));
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      wrap.append(box2, ` ${label} `, count);
      box.append(wrap);
    }
    return box;
  };
  const visible = (name: string): [string, number][] => [...sum(name)].filter(([value, n]) => n > 0 || active.filters[name] === value);
  const parts = visible('part').sort((a, b) => Number(a[0]) - Number(b[0]));
  const themes = visible('theme');
  view.facets.replaceChildren(
    section(
      str('filterLanguage'),
      'lang',
      groups.map((g) => [g.lang, str(g.lang === 'zh' ? 'matchedZh' : 'matchedEn'), g.total]),
    ),
    section(
      str('filterPart'),
      'part',
      parts.map(([v, n]) => [v, labels.parts[v] ?? v, n]),
    ),
    section(
      str('filterTheme'),
      'theme',
      themes.map(([v, n]) => [v, labels.themes[v] ?? v, n]),
    ),
  );
}
