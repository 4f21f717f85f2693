/**
 * Query-side search logic, pure so that the browser code and the tests share
 * it: which index a query goes to, how a result finds its best sentence, and
 * which terms to highlight where it lands.
 */
import { joinTokens } from '../parse/join.ts';
import { parseId } from '../records/ids.ts';

export type IndexLang = 'zh' | 'en';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * The indexes a query needs: Han characters are searched in the Chinese
 * index, Latin letters in the English one, a mix in both; a query of only
 * digits or symbols goes to the reader's own language.
 */
export function indexesFor(query: string, pageLang: IndexLang): IndexLang[] {
  const han = HAN.test(query);
  const latin = LATIN.test(query);
  if (han && latin) return [pageLang, pageLang === 'zh' ? 'en' : 'zh'];
  if (han) return ['zh'];
  if (latin) return ['en'];
  return [pageLang];
}

export interface SentenceSpan {
  readonly fragment: string;
  readonly text: string;
}

/**
 * Split a record's content back into its sentences, using `meta.s`
 * ("s1:12,s2:40,…"). With `tokenised` (the Chinese index, `meta.tk`) each
 * sentence is stored as its tokens separated by spaces, and is joined back
 * as the edition displays it.
 */
export function sentencesOf(content: string, spans: string, tokenised = false): SentenceSpan[] {
  const chars = [...content];
  let at = 0;
  return spans
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.lastIndexOf(':');
      const length = Number(entry.slice(colon + 1));
      const raw = chars.slice(at, at + length).join('');
      at += length + 1; // the newline between sentences
      return { fragment: entry.slice(0, colon), text: tokenised ? joinTokens(raw.split(' ')) : raw };
    });
}

export interface TermForms {
  /** Forms in the index's script, the one used in the text first. */
  readonly forms: readonly string[];
  /** Fragments of the sentences holding the term. */
  readonly fragments: readonly string[];
}

/** Parse `meta.al` ("中国国际进口博览会/进博会=s2|…"). */
export function termsOf(al: string): TermForms[] {
  return al
    .split('|')
    .filter(Boolean)
    .map((entry) => {
      const eq = entry.lastIndexOf('=');
      return {
        forms: entry.slice(0, eq).split('/'),
        fragments: entry
          .slice(eq + 1)
          .split(' ')
          .filter(Boolean),
      };
    });
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[“”"‘’'‐–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const STOP = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'an', 'for', 'on', 'with', 'by', 'at', 'as', 'or']);

/** The words (English) or characters (Chinese) a query is matched by, for scoring and highlighting. */
export function queryUnits(query: string): string[] {
  const units: string[] = [];
  for (const run of query.match(/\p{Script=Han}+|[A-Za-z0-9][A-Za-z0-9'-]*/gu) ?? []) {
    if (HAN.test(run)) units.push(run);
    else if (!STOP.has(run.toLowerCase())) units.push(run.toLowerCase());
  }
  return units;
}

/** Character bigrams of a Han run (the run itself when it is one character). */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
}

/** A crude English stem, enough to find "import" for "imports" or "trading" (the index itself stems properly). */
export function stem(word: string): string {
  for (const suffix of ['ies', 'ing', 'ed', 'es', 's']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** How well a sentence matches the query: Han bigrams found, English words (stemmed) found as word prefixes. */
export function sentenceScore(text: string, query: string): number {
  const folded = fold(text);
  let score = 0;
  for (const unit of queryUnits(query)) {
    if (HAN.test(unit)) {
      if (text.includes(unit)) score += 2 * [...unit].length;
      else score += bigrams(unit).filter((b) => text.includes(b)).length;
    } else if (new RegExp(`(^|[^a-z0-9])${stem(unit).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(folded)) {
      score += 2;
    }
  }
  return score;
}

/** The terms whose forms match the query (a form equal to, containing or contained in it). */
export function matchedTerms(query: string, terms: readonly TermForms[]): TermForms[] {
  const q = fold(query);
  if (q === '') return [];
  return terms.filter((t) =>
    t.forms.some((f) => {
      const form = fold(f);
      return form === q || (q.length >= 2 && form.includes(q)) || (form.length >= 2 && q.includes(form));
    }),
  );
}

/**
 * The sentence a result should open at: the one that best matches the query
 * text, with a bonus for holding a term the query names by an alias.
 */
export function bestFragment(sentences: readonly SentenceSpan[], query: string, terms: readonly TermForms[]): string | undefined {
  const viaAlias = new Set(matchedTerms(query, terms).flatMap((t) => t.fragments));
  let best: { fragment: string; score: number } | undefined;
  for (const s of sentences) {
    const score = sentenceScore(s.text, query) + (viaAlias.has(s.fragment) ? 3 : 0);
    if (score > 0 && (!best || score > best.score)) best = { fragment: s.fragment, score };
  }
  return best?.fragment;
}

/** What to highlight where a result lands: the query's own words plus the text forms of terms it names by alias. */
export function highlightTerms(query: string, terms: readonly TermForms[]): string[] {
  const named = matchedTerms(query, terms).flatMap((t) => t.forms.slice(0, 1));
  return [...new Set([...queryUnits(query).filter((u) => u.length > 1 || HAN.test(u)), ...named])];
}

/** The same page in another interface language: `/zh/trade-2019/measure-14/` → `/en/…`. */
export function inLanguage(path: string, lang: IndexLang): string {
  return path.replace(/^\/(zh|en)\//, `/${lang}/`);
}

/**
 * How relevant a result is to the query, from its own text: the score of its
 * best sentence (whole phrase and bigram containment for Chinese, words for
 * English) plus a bonus when the query names one of its terms by an alias.
 * A measure whose heading (its first sentence) matches gains a bonus, and
 * each further matching sentence adds a little: the measure about a subject
 * outranks one that mentions it in passing.
 * Results are ordered by this first and by Pagefind's score second, because
 * Pagefind matches a long Chinese query character by character and can rank
 * a measure that lacks the phrase above one that has it.
 */
export function relevance(sentences: readonly SentenceSpan[], query: string, terms: readonly TermForms[]): number {
  const viaAlias = new Set(matchedTerms(query, terms).flatMap((t) => t.fragments));
  let best = 0;
  let matching = 0;
  let heading = 0;
  sentences.forEach((s, i) => {
    const score = sentenceScore(s.text, query) + (viaAlias.has(s.fragment) ? 3 : 0);
    best = Math.max(best, score);
    if (score > 0) matching += 1;
    if (i === 0 && (s.fragment === 's1' || parseId(s.fragment)?.kind === 'part-heading')) heading = score;
  });
  return best + (heading > 0 ? 2 : 0) + 0.5 * Math.max(0, matching - 1);
}
