/**
 * Loading the search engine: one Pagefind instance per index (Chinese,
 * English), and the vocabulary that queries are read by. Nothing loads until
 * the reader starts a search; a failed load is forgotten, so trying again
 * fetches afresh. A deploy renames the index files under an open tab, so a
 * search that fails with a loaded engine drops it (`forgetEngines`) and
 * loads the new build's.
 */
import { lexicon, type Lexicon } from '../../lib/search/interpret.ts';
import type { IndexLang } from '../../lib/search/query.ts';
import type { SearchVocabulary, VocabularyPart } from '../../lib/search/vocabulary.ts';

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Fragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Engine {
  /** `null` searches nothing and returns every record the filters allow. */
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(o: { basePath: string; noWorker?: boolean }): Engine & { init(): Promise<void> };
}

/**
 * The language Pagefind reads each index's queries in. Pagefind takes it
 * from the page's `<html lang>` and segments Chinese queries only on Chinese
 * pages; the Chinese index holds the edition's own tokens and queries arrive
 * already segmented by them, so both interfaces must hand Pagefind the same
 * language: the index's, not the page's.
 */
const QUERY_LANG: Record<IndexLang, string> = { zh: 'und', en: 'en' };

const engines = new Map<IndexLang, Promise<Engine>>();
/**
 * Failed loads of each engine. A browser may keep a module that failed to load as failed for the life of the page
 * (older Chromium does), so a retry asks for the module under a new URL; `basePath` is given to Pagefind
 * explicitly, so the query does not move where it reads its index from.
 */
const failures = new Map<IndexLang, number>();

function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

/**
 * The entry file each loaded engine started from. Pagefind drops an index chunk it cannot fetch without a word (a
 * search then finds less, or nothing), so a failed fetch cannot tell a deploy; a changed entry can.
 */
const entries = new Map<IndexLang, Promise<string | undefined>>();

function entryText(base: string, lang: IndexLang): Promise<string | undefined> {
  return fetch(`${base}pagefind/${lang}/pagefind-entry.json`, { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : undefined))
    .catch(() => undefined);
}

/**
 * Whether the index of any of `langs` changed since its engine loaded (a deploy under an open tab). Unknown
 * (offline, not loaded yet) counts as unchanged.
 */
export async function indexChanged(base: string, langs: readonly IndexLang[]): Promise<boolean> {
  const changed = await Promise.all(
    langs.map(async (lang) => {
      const loaded = entries.get(lang);
      if (!loaded) return false;
      const [then, now] = await Promise.all([loaded, entryText(base, lang)]);
      return then !== undefined && now !== undefined && then !== now;
    }),
  );
  return changed.includes(true);
}

/** The Pagefind instance of one index, created with the index's language (see `QUERY_LANG`). */
export function engine(base: string, lang: IndexLang): Promise<Engine> {
  let instance = engines.get(lang);
  if (!instance) {
    entries.set(lang, entryText(base, lang));
    const path = `${base}pagefind/${lang}/`;
    const failed = failures.get(lang) ?? 0;
    instance = forgetOnFailure(
      (import(/* @vite-ignore */ `${path}pagefind.js${failed > 0 ? `?attempt=${failed + 1}` : ''}`) as Promise<PagefindModule>).then(
        async (pf) => {
          const html = document.documentElement;
          const pageLang = html.getAttribute('lang') ?? '';
          // Pagefind reads <html lang> synchronously while the instance is created; the page's own is back before anything renders.
          html.setAttribute('lang', QUERY_LANG[lang]);
          let created: Engine & { init(): Promise<void> };
          try {
            // In the page, not in a worker: the first search need not wait for the worker's script to arrive and
            // start, nor send the index across to it; the index is small, and a search takes a few milliseconds.
            // The build leaves the worker's script out (isShipped, src/lib/offline/build.ts).
            created = pf.createInstance({ basePath: path, noWorker: true });
          } finally {
            html.setAttribute('lang', pageLang);
          }
          await created.init();
          return created;
        },
      ),
      () => {
        engines.delete(lang);
        failures.set(lang, failed + 1);
      },
    );
    engines.set(lang, instance);
  }
  return instance;
}

const parts = new Map<VocabularyPart, Promise<Partial<SearchVocabulary>>>();

/**
 * Drop every loaded engine and vocabulary, so the next search reads `pagefind-entry.json` afresh. After a deploy
 * the entry names new index and fragment files and the old ones are gone: an engine loaded before it asks for
 * files that now 404, and asking again for the same ones can never succeed.
 */
export function forgetEngines(): void {
  engines.clear();
  entries.clear();
  parts.clear();
}

function part(base: string, name: VocabularyPart): Promise<Partial<SearchVocabulary>> {
  let loading = parts.get(name);
  if (!loading) {
    loading = forgetOnFailure(
      fetch(`${base}pagefind/vocabulary-${name}.json`).then(async (response) => {
        if (!response.ok) throw new Error(`vocabulary-${name}: HTTP ${response.status}`);
        return (await response.json()) as Partial<SearchVocabulary>;
      }),
      () => parts.delete(name),
    );
    parts.set(name, loading);
  }
  return loading;
}

/**
 * The vocabulary a query needs, loaded with the engine: the Chinese part
 * (segmentation, traditional characters) for Han characters, the English
 * words (spelling) for Latin letters, pinyin when asked. Each part is fetched once.
 */
export async function lexiconOf(base: string, names: readonly VocabularyPart[]): Promise<Lexicon> {
  const loaded = await Promise.all(names.map((name) => part(base, name)));
  return lexicon(Object.assign({}, ...loaded) as Partial<SearchVocabulary>);
}

/** Which vocabulary parts a text needs, before pinyin (see `mayBePinyin`). */
export function partsFor(text: string): VocabularyPart[] {
  const out: VocabularyPart[] = [];
  if (/\p{Script=Han}/u.test(text)) out.push('han');
  if (/[A-Za-z]/.test(text)) out.push('en');
  return out;
}
