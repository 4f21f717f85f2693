/**
 * The search page. Pagefind is loaded only when the reader starts a search,
 * and only the index the query needs (Chinese for Han characters, English for
 * Latin letters): one search runtime per first search keeps it small.
 */
import { bestFragment, highlightTerms, indexesFor, inLanguage, relevance, sentencesOf, termsOf, type IndexLang } from '../lib/search/query.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Fragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Labels {
  base: string;
  lang: IndexLang;
  parts: Record<string, string>;
  themes: Record<string, string>;
  strings: Record<string, string>;
}

const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Labels;
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const scope = document.getElementById('search-in') as HTMLSelectElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('results');
const facets = document.getElementById('facets');
const str = (key: string, n?: number): string => (labels.strings[key] ?? key).replace('{n}', String(n ?? ''));
const PER_LANGUAGE = 25;

const instances = new Map<IndexLang, Promise<Pagefind>>();
function pagefind(lang: IndexLang): Promise<Pagefind> {
  let instance = instances.get(lang);
  if (!instance) {
    const path = `${labels.base}pagefind/${lang}/`;
    instance = (import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ basePath: path });
      await pf.init();
      // Facet counts come with each search only once the filter index is loaded.
      await pf.filters();
      return pf;
    });
    instances.set(lang, instance);
  }
  return instance;
}

interface Hit {
  key: string;
  lang: IndexLang;
  score: number;
  relevance: number;
  data: Fragment;
}

const state = { filters: {} as Record<string, string>, only: undefined as IndexLang | undefined };
let generation = 0;

async function run(query: string): Promise<void> {
  const mine = ++generation;
  performance.mark(`search:start:${mine}`);
  const q = query.trim();
  syncUrl(q);
  if (!list || !status || !facets) return;
  if (q === '') {
    list.replaceChildren();
    facets.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = str('searching');
  const mode = scope?.value ?? 'auto';
  const other: IndexLang = labels.lang === 'zh' ? 'en' : 'zh';
  let langs: IndexLang[] = mode === 'both' ? [labels.lang, other] : mode === 'zh' || mode === 'en' ? [mode] : indexesFor(q, labels.lang);
  const perLang = await Promise.all(
    langs.map(async (lang) => {
      const response = await (await pagefind(lang)).search(q, { filters: state.filters });
      const hits = await Promise.all(
        response.results.slice(0, PER_LANGUAGE).map(async (r) => ({ lang, score: r.score, data: await r.data() })),
      );
      return { lang, response, hits };
    }),
  );
  if (mine !== generation) return;
  if (state.only) langs = langs.filter((l) => l === state.only);

  // One result per unit, whichever language matched it best.
  const byKey = new Map<string, Hit>();
  for (const { lang, hits } of perLang.filter((p) => langs.includes(p.lang))) {
    for (const h of hits) {
      const key = inLanguage(h.data.meta.path ?? h.data.url, labels.lang);
      const rel = relevance(sentencesOf(h.data.content, h.data.meta.s ?? ''), q, termsOf(h.data.meta.al ?? ''));
      const seen = byKey.get(key);
      if (!seen || rel > seen.relevance || (rel === seen.relevance && h.score > seen.score)) byKey.set(key, { key, lang, score: h.score, relevance: rel, data: h.data });
    }
  }
  const hits = [...byKey.values()].sort((a, b) => b.relevance - a.relevance || b.score - a.score);
  renderFacets(perLang.map((p) => ({ lang: p.lang, counts: p.response.filters, total: p.response.results.length })));
  renderResults(hits, q);
  status.textContent = hits.length > 0 ? str('resultsCount', hits.length) : str('noResults');
  // Lets a test (or a reader's tool) know which query the list shows, and how long it took.
  list.dataset.query = q;
  performance.measure('search', `search:start:${mine}`);
}

function renderResults(hits: Hit[], q: string): void {
  if (!list) return;
  list.replaceChildren(
    ...hits.map((hit) => {
      const { meta, content } = hit.data;
      const sentences = sentencesOf(content, meta.s ?? '');
      const terms = termsOf(meta.al ?? '');
      const fragment = bestFragment(sentences, q, terms) ?? sentences[0]?.fragment ?? '';
      const sentence = sentences.find((s) => s.fragment === fragment)?.text ?? '';
      const params = new URLSearchParams({ q });
      for (const term of highlightTerms(q, terms)) params.append('hl', term);
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${labels.base}${hit.key.slice(1)}?${params.toString()}#${fragment}`;
      a.className = 'result-title';
      a.textContent = meta[labels.lang === 'zh' ? 'tzh' : 'ten'] ?? meta.title ?? hit.key;
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.lang = hit.lang === 'zh' ? 'zh-CN' : 'en';
      markInto(excerpt, sentence, highlightTerms(q, terms));
      const where = document.createElement('p');
      where.className = 'result-meta';
      where.textContent = [labels.parts[hit.data.filters.part?.[0] ?? ''] ?? '', str(hit.lang === 'zh' ? 'matchedZh' : 'matchedEn')].filter(Boolean).join(' · ');
      li.append(a, excerpt, where);
      return li;
    }),
  );
}

/** Fill an element with text, wrapping each occurrence of the terms in <mark>. */
function markInto(el: HTMLElement, text: string, terms: string[]): void {
  const pattern = terms.filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
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

function renderFacets(groups: { lang: IndexLang; counts: Record<string, Record<string, number>>; total: number }[]): void {
  if (!facets) return;
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
      const radio = document.createElement('input');
      radio.type = 'checkbox';
      radio.id = id;
      const active = name === 'lang' ? state.only === value : state.filters[name] === value;
      radio.checked = active;
      radio.disabled = n === 0 && !active;
      radio.addEventListener('change', () => {
        if (name === 'lang') state.only = radio.checked ? (value as IndexLang) : undefined;
        else if (radio.checked) state.filters[name] = value;
        else delete state.filters[name];
        void run(input?.value ?? '');
      });
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      wrap.append(radio, ` ${label} `, count);
      box.append(wrap);
    }
    return box;
  };
  const parts = [...sum('part')].filter(([, n]) => n > 0 || state.filters.part !== undefined).sort((a, b) => Number(a[0]) - Number(b[0]));
  const themes = [...sum('theme')].filter(([, n]) => n > 0 || state.filters.theme !== undefined);
  facets.replaceChildren(
    section(str('filterLanguage'), 'lang', groups.map((g) => [g.lang, str(g.lang === 'zh' ? 'matchedZh' : 'matchedEn'), g.total])),
    section(str('filterPart'), 'part', parts.map(([v, n]) => [v, labels.parts[v] ?? v, n])),
    section(str('filterTheme'), 'theme', themes.map(([v, n]) => [v, labels.themes[v] ?? v, n])),
  );
}

function syncUrl(q: string): void {
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  const mode = scope?.value ?? 'auto';
  if (mode === 'auto') url.searchParams.delete('in');
  else url.searchParams.set('in', mode);
  history.replaceState(null, '', url);
}

function keyboard(): void {
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list?.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
    }
  });
  list?.addEventListener('keydown', (event) => {
    const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a.result-title') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (event.key === 'ArrowDown') links[i + 1]?.focus();
    else if (event.key === 'ArrowUp') (links[i - 1] ?? input)?.focus();
    else if (event.key === 'Escape') input?.focus();
    else return;
    event.preventDefault();
  });
}

if (form && input) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const mode = params.get('in');
  if (scope && mode && ['both', 'zh', 'en'].includes(mode)) scope.value = mode;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  scope?.addEventListener('change', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  // Focusing the box is starting a search: fetch the engine for the page's language, then for the script typed.
  input.addEventListener('focus', () => void pagefind(labels.lang), { once: true });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q !== '') for (const lang of indexesFor(q, labels.lang)) void pagefind(lang);
  });
  keyboard();
  if (input.value.trim() !== '') void run(input.value);
}
