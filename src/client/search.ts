/**
 * The search page, loaded by search-start.ts. Nothing loads until the reader starts a search; then the
 * vocabulary and only the index the query needs (Chinese for Han characters,
 * English for Latin letters). The first results are shown as soon as their
 * fragments arrive; the rest load on demand, and the filter index only when
 * the facets are open. A query that names a unit (`m14.s2`, `（十四）`) links
 * straight to it at once, and its text follows from the unit's own record.
 *
 * loader.ts fetches, ranking.ts orders, render.ts draws; this file holds the
 * state (query, filters, in the URL) and runs searches.
 */
import { interpret, mayBePinyin, segmentQuery } from '../lib/search/interpret.ts';
import { indexesFor, type IndexLang } from '../lib/search/query.ts';
import { parseReference, searchRecordOf } from '../lib/search/reference.ts';
import { formatId, fragmentOnMeasurePage, type UnitId } from '../lib/records/ids.ts';
import { toChineseNumeral } from '../lib/records/numerals.ts';
import { paths, sentenceHref } from '../lib/urls/routes.ts';
import { engine, forgetEngines, indexChanged, lexiconOf, partsFor, type Fragment, type PagefindResponse } from './search/loader.ts';
import { rank, sentencesOfHit } from './search/ranking.ts';
import {
  excerptOf,
  failure,
  readAs,
  renderFacets,
  resultItem,
  strings,
  unitItem,
  type FacetGroup,
  type Labels,
  type View,
} from './search/render.ts';

/** How many results per index are fetched before anything is shown. */
const FIRST = 10;

const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Labels;
const str = strings(labels);
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const scope = document.getElementById('search-in') as HTMLSelectElement | null;
const facetBox = document.getElementById('facet-box') as HTMLDetailsElement | null;
const elements = {
  status: document.getElementById('search-status'),
  note: document.getElementById('search-note'),
  list: document.getElementById('results'),
  more: document.getElementById('search-more'),
  facets: document.getElementById('facets'),
};

const FACETS = ['part', 'theme'] as const;
/** `literal`: search the query exactly as typed (the reader declined a correction; `as=typed` in the URL). */
const state = { filters: {} as Record<string, string>, only: undefined as IndexLang | undefined, literal: false };
const plural = new Intl.PluralRules(labels.lang);
const count = (n: number): string => str(plural.select(n) === 'one' ? 'resultCount' : 'resultsCount', { n });
let generation = 0;
/** How often, at most, a search that found something asks whether a deploy replaced the index (see `run`). */
const CHECK_EVERY_MS = 60_000;
/** When that was last asked: the engines load after the page, so the first minute needs no check. */
let checkedAt = performance.now();

interface Searched {
  lang: IndexLang;
  query: string;
  response: PagefindResponse;
  found: { lang: IndexLang; score: number; data: Fragment }[];
}
/** The last search, kept for "show more" and for the facets. */
let last: { q: string; read: string; searched: Searched[] } | undefined;

function searchHref(q: string): string {
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  url.searchParams.set('as', 'typed');
  return `${url.pathname}${url.search}`;
}

function syncUrl(q: string): void {
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  const mode = scope?.value ?? 'auto';
  if (mode === 'auto') url.searchParams.delete('in');
  else url.searchParams.set('in', mode);
  for (const name of FACETS) {
    const value = state.filters[name];
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (state.only) url.searchParams.set('match', state.only);
  else url.searchParams.delete('match');
  if (state.literal) url.searchParams.set('as', 'typed');
  else url.searchParams.delete('as');
  history.replaceState(null, '', url);
}

/** The title and link of a unit a query names. */
function unitTarget(id: UnitId): { title: string; href: string } {
  const lang = labels.lang;
  const numeral = (n: number): string => (lang === 'zh' ? toChineseNumeral(n) : String(n));
  const measure = (n: number): string => str('measure', { n, numeral: numeral(n) });
  const sentence = (n: number): string => str('sentence', { n });
  const part = (k: number): string => labels.parts[String(k)] ?? str('part', { n: k, numeral: numeral(k) });
  const at = (path: string): string => `${labels.base}${path.slice(1)}`;
  switch (id.kind) {
    case 'measure':
      return { title: measure(id.measure), href: at(paths.measure(lang, labels.doc, id.measure)) };
    case 'part':
      return { title: part(id.part), href: at(paths.part(lang, labels.doc, id.part)) };
    case 'measure-sentence':
      return { title: `${measure(id.measure)} · ${sentence(id.sentence)}`, href: at(sentenceHref(lang, labels.doc, formatId(id))) };
    case 'part-heading':
    case 'paragraph':
    case 'paragraph-sentence':
      return { title: `${part(id.part)} · ${formatId(id)}`, href: at(sentenceHref(lang, labels.doc, formatId(id))) };
    case 'issuers':
    case 'title':
    case 'dateline':
    case 'preamble-sentence':
      return { title: `${str('preamble')} · ${formatId(id)}`, href: at(sentenceHref(lang, labels.doc, formatId(id))) };
  }
}

function done(view: View, q: string, mine: number): void {
  // Lets a test (or a reader's tool) know which query the list shows, and how long it took.
  view.list.dataset.query = q;
  performance.measure('search', `search:start:${mine}`);
}

/**
 * The text of a unit a query names, under its link: the sentence it names, or the first line of a measure's body
 * (its heading is already the link's neighbour). It is read from the unit's own search record, fetched by its `u`
 * filter with no search; the link is on screen before it, and stays alone if the index cannot be read.
 */
async function unitText(item: HTMLLIElement, unit: UnitId): Promise<void> {
  try {
    const response = await (await engine(labels.base, labels.lang)).search(null, { filters: { u: searchRecordOf(unit) } });
    const data = await response.results[0]?.data();
    if (!data) return;
    const sentences = sentencesOfHit(data);
    const wanted =
      unit.kind === 'measure-sentence' ? fragmentOnMeasurePage(formatId(unit)) : unit.kind === 'measure' ? 's2' : formatId(unit);
    const text = (sentences.find((s) => s.fragment === wanted) ?? sentences[0])?.text;
    if (text) item.querySelector('.result-meta')?.before(excerptOf(text, labels.lang));
  } catch {
    // The link alone still names the unit and leads to it.
  }
}

async function search(lang: IndexLang, query: string, filters: Record<string, string>): Promise<PagefindResponse> {
  return (await engine(labels.base, lang)).search(query, { filters });
}

/**
 * Search for `typed` and show what it finds. A failure may be a deploy under this tab (its index files renamed),
 * so the engines are dropped and the search runs once more against the new build's index before the failure
 * is shown; the failure's retry drops them too.
 */
async function run(typed: string, view: View, afresh = false): Promise<void> {
  const mine = ++generation;
  performance.mark(`search:start:${mine}`);
  const q = typed.trim();
  syncUrl(q);
  view.note.replaceChildren();
  view.more.replaceChildren();
  if (q === '') {
    view.list.replaceChildren();
    view.facets.replaceChildren();
    view.status.textContent = '';
    last = undefined;
    return;
  }
  const unit = parseReference(q, labels.extent);
  if (unit) {
    const { title, href } = unitTarget(unit);
    // The heading of the measure it names, or of its part: an ID alone does not say what the unit is about.
    const heading =
      'measure' in unit
        ? labels.measures[String(unit.measure)]
        : 'part' in unit && unit.kind !== 'part'
          ? labels.parts[String(unit.part)]
          : undefined;
    const item = unitItem(title, href, formatId(unit), heading);
    view.list.replaceChildren(item);
    view.facets.replaceChildren();
    view.status.textContent = count(1);
    last = undefined;
    await unitText(item, unit);
    if (mine === generation) done(view, q, mine);
    return;
  }
  view.status.textContent = str('searching');
  const mode = scope?.value ?? 'auto';
  const other: IndexLang = labels.lang === 'zh' ? 'en' : 'zh';
  const langsFor = (query: string): IndexLang[] =>
    mode === 'both' ? [labels.lang, other] : mode === 'zh' || mode === 'en' ? [mode] : indexesFor(query, labels.lang);
  let searched: Searched[];
  let read: string;
  try {
    // The engine for the script typed starts loading beside the vocabulary; reading the query may add the other.
    for (const lang of langsFor(q)) void engine(labels.base, lang).catch(() => undefined);
    let lex = await lexiconOf(labels.base, partsFor(q));
    // Pinyin is fetched only for a Latin query with a word the translation does not use.
    if (!state.literal && mayBePinyin(q, lex)) lex = await lexiconOf(labels.base, [...partsFor(q), 'pinyin']);
    read = state.literal ? q : interpret(q, lex).query;
    // Pinyin read as Chinese needs the Chinese part too, to be segmented.
    if (read !== q) lex = await lexiconOf(labels.base, [...partsFor(`${q}${read}`), 'pinyin']);
    // Where a first search spends its time, for the benchmark: vocabulary, engine, index, fragments.
    performance.mark('search:vocabulary');
    searched = await Promise.all(
      langsFor(read).map(async (lang) => {
        const query = lang === 'zh' ? segmentQuery(read, lex) : read;
        await engine(labels.base, lang);
        performance.mark('search:engine');
        const response = await search(lang, query, state.filters);
        performance.mark('search:index');
        const found = await Promise.all(
          response.results.slice(0, FIRST).map(async (r) => ({ lang, score: r.score, data: await r.data() })),
        );
        performance.mark('search:fragments');
        return { lang, query, response, found };
      }),
    );
  } catch (error) {
    if (mine !== generation) return;
    forgetEngines();
    if (!afresh) {
      void run(typed, view, true);
      return;
    }
    console.error('search failed', error);
    failure(view, labels, () => void run(input?.value ?? q, view, true));
    view.list.dataset.query = q;
    return;
  }
  if (mine !== generation) return;
  last = { q, read, searched };
  show(view, q, read, searched);
  done(view, q, mine);
  if (facetBox?.open) void facets(view, mine);
  // After the results are shown, and not at every pause in typing: whether a deploy replaced the index the loaded
  // engines read. Asked when this index found nothing (a deploy's new words are missing from the old index without
  // an error) and otherwise at most once a minute; if it was replaced, the list is replaced by the new index's.
  const empty = searched.every((s) => s.found.length === 0);
  if (!afresh && (empty || performance.now() - checkedAt >= CHECK_EVERY_MS)) {
    checkedAt = performance.now();
    void indexChanged(labels.base, [labels.lang, other]).then((changed) => {
      if (!changed || mine !== generation) return;
      forgetEngines();
      void run(typed, view, true);
    });
  }
}

function show(view: View, q: string, read: string, searched: readonly Searched[]): void {
  const shown = searched.filter((s) => !state.only || s.lang === state.only);
  const hits = rank(
    shown.flatMap((s) => s.found),
    read,
    labels.lang,
  );
  view.list.replaceChildren(...hits.map((hit) => resultItem(hit, read, labels)));
  readAs(view, labels, read === q ? undefined : read, q, searchHref);
  const remaining = shown.reduce((n, s) => n + s.response.results.length - s.found.length, 0);
  view.status.textContent = hits.length > 0 ? count(hits.length + remaining) : str('noResults');
  view.more.replaceChildren();
  if (remaining > 0) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = str('showMore', { n: remaining });
    button.addEventListener('click', () => void more(view), { once: true });
    view.more.append(button);
  }
}

/** Fetch the fragments of every remaining result and show them all. */
async function more(view: View): Promise<void> {
  const current = last;
  if (!current) return;
  const mine = generation;
  try {
    for (const s of current.searched) {
      const rest = s.response.results.slice(s.found.length);
      s.found.push(...(await Promise.all(rest.map(async (r) => ({ lang: s.lang, score: r.score, data: await r.data() })))));
    }
  } catch {
    // The rest of the results live in fragments a deploy may have renamed: search again with the new index.
    forgetEngines();
    if (mine === generation) void run(input?.value ?? current.q, view, false);
    return;
  }
  if (mine === generation) show(view, current.q, current.read, current.searched);
}

/**
 * Facet counts need the filter index, which loads only now. A ticked facet
 * counts without its own filter, so its other values stay listed.
 */
async function facets(view: View, mine: number): Promise<void> {
  const current = last;
  if (!current) return;
  try {
    const groups: FacetGroup[] = await Promise.all(
      current.searched.map(async (s) => {
        await (await engine(labels.base, s.lang)).filters();
        const response = await search(s.lang, s.query, state.filters);
        const counts = { ...response.filters };
        for (const name of FACETS) {
          if (state.filters[name] === undefined) continue;
          const without = Object.fromEntries(Object.entries(state.filters).filter(([key]) => key !== name));
          counts[name] = (await search(s.lang, s.query, without)).filters[name] ?? {};
        }
        return { lang: s.lang, counts, total: response.results.length };
      }),
    );
    if (mine !== generation) return;
    renderFacets(view, labels, groups, state, (name, value, checked) => {
      if (name === 'lang') state.only = checked ? (value as IndexLang) : undefined;
      else if (checked) state.filters[name] = value;
      else delete state.filters[name];
      void run(input?.value ?? '', view);
    });
  } catch (error) {
    console.error('search facets failed', error);
  }
}

function keyboard(view: View): void {
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      view.list.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
    }
  });
  view.list.addEventListener('keydown', (event) => {
    const links = [...view.list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (event.key === 'ArrowDown') links[i + 1]?.focus();
    else if (event.key === 'ArrowUp') (links[i - 1] ?? input)?.focus();
    else if (event.key === 'Escape') input?.focus();
    else return;
    event.preventDefault();
  });
}

function start(view: View, box: HTMLInputElement, searchForm: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  // Loaded once the reader reached for the box (search-start.ts), the page has no query: keep what they typed.
  const asked = params.get('q');
  if (asked !== null) box.value = asked;
  const mode = params.get('in');
  if (scope && mode && ['both', 'zh', 'en'].includes(mode)) scope.value = mode;
  for (const name of FACETS) {
    const value = params.get(name);
    if (value) state.filters[name] = value;
  }
  state.literal = params.get('as') === 'typed';
  const only = params.get('match');
  if (only === 'zh' || only === 'en') state.only = only;
  // Facets sit beside the results on a wide screen; on a phone they stay folded below the first results.
  if (facetBox && (matchMedia('(min-width: 60rem)').matches || Object.keys(state.filters).length > 0 || state.only)) facetBox.open = true;
  facetBox?.addEventListener('toggle', () => {
    if (facetBox.open && last) void facets(view, generation);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    state.literal = false;
    // While the reader types, what the query will need loads already: its vocabulary and the engine of its script.
    const typed = box.value;
    void lexiconOf(labels.base, partsFor(typed)).catch(() => undefined);
    for (const lang of indexesFor(typed, labels.lang)) void engine(labels.base, lang).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => void run(box.value, view), 120);
  });
  scope?.addEventListener('change', () => void run(box.value, view));
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(box.value, view);
  });
  // Reaching for the box is starting a search: fetch the vocabulary and the engine for the page's language.
  // A pointer over the box or a touch on it comes before its focus, by the time a hand takes to press.
  for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) box.addEventListener(type, warm, { once: true });
  keyboard(view);
  if (box.value.trim() !== '') void run(box.value, view);
}

/** Start loading the engine and the vocabulary of the page's language: the reader is reaching for the box. */
export function warm(): void {
  void lexiconOf(labels.base, [labels.lang === 'zh' ? 'han' : 'en']).catch(() => undefined);
  void engine(labels.base, labels.lang).catch(() => undefined);
}

const { status, note, list, more: moreBox, facets: facetList } = elements;
const page = status && note && list && moreBox && facetList ? { status, note, list, more: moreBox, facets: facetList } : undefined;
if (form && input && page) start(page, input, form);

/** The form was sent before this code arrived (search-start.ts): search as sending it does. */
export function submitted(): void {
  if (input && page) void run(input.value, page);
}
