/**
 * The reviewed senses of a document's words, `content/words/{doc}.senses.yaml`: the sense each word has in this
 * text, per occurrence where it differs, the termbase entry where the word is a term, and the whole words that the
 * source's segmentation splits into several tokens (compounds). Parsing keeps every entry's line and column, so
 * each check below names `file:line:column`.
 */
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { ContentError, type Position } from '../checked/errors.ts';
import { isId } from '../records/ids.ts';
import type { Annotation, Edition } from '../records/index.ts';
import { allSentences } from '../records/walk.ts';
import { isChineseWord } from './pinyin.ts';

/** Where the reviewed senses of document `slug` live, relative to the project root. */
export const sensesFile = (slug: string, dir = 'content/words'): string => `${dir}/${slug}.senses.yaml`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const EntrySchema = z
  .object({
    /** The sense meant here, in English: shown first. */
    en: z.string().trim().min(1).optional(),
    /** The word is this termbase entry: its English is the sense meant here. */
    term: z.string().regex(SLUG, 'a termbase slug such as market-access').optional(),
    /** The token only ever stands as part of a whole word listed under `compounds`. */
    fragment: z.literal(true).optional(),
    /** Occurrences that mean something else: `m14.s2` (all in the sentence) or `m14.s2@3` (token 3) → English. */
    at: z.record(z.string(), z.string().trim().min(1)).optional(),
  })
  .strict();

const CompoundSchema = z
  .object({
    /** The whole word, as one string. */
    word: z.string().min(1),
    en: z.string().trim().min(1).optional(),
    term: z.string().regex(SLUG, 'a termbase slug such as market-access').optional(),
  })
  .strict();

/** One occurrence-specific sense: all the word's occurrences in `sentence`, or only token `token` there. */
export interface SenseAt {
  readonly sentence: string;
  readonly token?: number;
  readonly en: string;
  readonly where: Position;
}

/** A word's reviewed entry. Exactly one of `en`, `term`, `fragment`. */
export interface ReviewedWord {
  readonly word: string;
  readonly en?: string;
  readonly term?: string;
  readonly fragment: boolean;
  readonly at: readonly SenseAt[];
  readonly where: Position;
}

/** A whole word that the segmentation splits: its tokens as they stand in the seed. */
export interface ReviewedCompound {
  readonly tokens: readonly string[];
  readonly word: string;
  readonly en?: string;
  readonly term?: string;
  readonly where: Position;
}

export interface ReviewedSenses {
  readonly file: string;
  readonly words: ReadonlyMap<string, ReviewedWord>;
  readonly compounds: readonly ReviewedCompound[];
  /** Where the `words:` map starts: missing words are reported there. */
  readonly wordsAt: Position;
}

function positionOf(file: string, lines: LineCounter, node: Node | null | undefined): Position {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col };
}

function friendly(error: z.ZodError): { expected: string; found: string } {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  if (issue?.code === 'unrecognized_keys')
    return { expected: 'only en, term, fragment, at (or word, en, term)', found: `'${issue.keys.join("', '")}'` };
  const message = (issue?.message ?? 'a valid entry').replace(/^Invalid input: /, '').replace(/, received .*$/, '');
  return { expected: `${path ? `${path}: ` : ''}${message.replace(/^expected /, '')}`, found: JSON.stringify(issue?.input ?? null) };
}

/** The entries of a top-level map (`words:` or `compounds:`), each with its key node. */
function entries(file: string, lines: LineCounter, root: Node | null | undefined, key: string): { pairs: Pair[]; at: Position } {
  if (!isMap(root)) throw new ContentError(positionOf(file, lines, root), 'a map with words: and compounds:', 'something else');
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) return { pairs: [], at: positionOf(file, lines, root) };
  const at = positionOf(file, lines, pair.key as Node);
  if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return { pairs: [], at };
  if (!isMap(pair.value)) throw new ContentError(at, `${key}: a map`, 'something else');
  return { pairs: pair.value.items, at };
}

/** Parse one senses file; a malformed entry throws a ContentError at its line and column. */
export function parseSenses(file: string, text: string): ReviewedSenses {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new ContentError(
      pos ? { file, line: pos.line, column: pos.col } : { file },
      'valid YAML',
      `${error.code}: ${error.message.split('\n')[0] ?? ''}`,
      { cause: error },
    );
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (name !== 'words' && name !== 'compounds')
      throw new ContentError(positionOf(file, lines, pair.key), 'words: or compounds:', `'${name}:'`);
  }
  const wordsPart = entries(file, lines, doc.contents, 'words');
  const words = new Map<string, ReviewedWord>();
  for (const pair of wordsPart.pairs) {
    const where = positionOf(file, lines, pair.key as Node);
    const word = isScalar(pair.key) ? String(pair.key.value) : '';
    const parsed = EntrySchema.safeParse((pair.value as Node | null)?.toJSON() ?? null, { reportInput: true });
    if (!parsed.success) {
      const { expected, found } = friendly(parsed.error);
      throw new ContentError(where, `${word}: ${expected}`, found, { cause: parsed.error });
    }
    const e = parsed.data;
    const kinds = [e.en !== undefined, e.term !== undefined, e.fragment === true].filter(Boolean).length;
    if (kinds !== 1)
      throw new ContentError(where, `${word}: exactly one of en, term, fragment: true`, kinds === 0 ? 'none' : 'more than one');
    const atNode = isMap(pair.value) ? pair.value.items.find((p) => isScalar(p.key) && p.key.value === 'at')?.value : undefined;
    const at = Object.entries(e.at ?? {}).map(([key, en]): SenseAt => {
      const keyNode = isMap(atNode) ? atNode.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.key : undefined;
      const at = positionOf(file, lines, (keyNode as Node | undefined) ?? (pair.key as Node));
      const [sentence = '', token, ...rest] = key.split('@');
      const index = token === undefined ? undefined : Number(token);
      if (
        !isId(sentence) ||
        rest.length > 0 ||
        (index !== undefined && (!Number.isInteger(index) || index < 0 || token !== String(index)))
      ) {
        throw new ContentError(at, `${word}: at: a sentence ID (m14.s2) or ID@token (m14.s2@3)`, `'${key}'`);
      }
      return { sentence, ...(index !== undefined ? { token: index } : {}), en, where: at };
    });
    words.set(word, {
      word,
      ...(e.en !== undefined ? { en: e.en } : {}),
      ...(e.term !== undefined ? { term: e.term } : {}),
      fragment: e.fragment === true,
      at,
      where,
    });
  }
  const compounds: ReviewedCompound[] = [];
  for (const pair of entries(file, lines, doc.contents, 'compounds').pairs) {
    const where = positionOf(file, lines, pair.key as Node);
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const tokens = key.split(' ');
    if (tokens.length < 2 || tokens.some((t) => t === ''))
      throw new ContentError(where, 'two or more tokens separated by one space', `'${key}'`);
    const parsed = CompoundSchema.safeParse((pair.value as Node | null)?.toJSON() ?? null, { reportInput: true });
    if (!parsed.success) {
      const { expected, found } = friendly(parsed.error);
      throw new ContentError(where, `${key}: ${expected}`, found, { cause: parsed.error });
    }
    const c = parsed.data;
    if ((c.en === undefined) === (c.term === undefined)) {
      throw new ContentError(where, `${key}: exactly one of en, term`, c.en === undefined ? 'none' : 'both');
    }
    if (c.word !== tokens.join('')) throw new ContentError(where, `${key}: word ${tokens.join('')} (the tokens joined)`, `'${c.word}'`);
    compounds.push({
      tokens,
      word: c.word,
      ...(c.en !== undefined ? { en: c.en } : {}),
      ...(c.term !== undefined ? { term: c.term } : {}),
      where,
    });
  }
  return { file, words, compounds, wordsAt: wordsPart.at };
}

/** Where a compound stands: tokens [start, end) of a sentence. */
export interface CompoundSpan {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly compound: ReviewedCompound;
}

/** Every run of a compound's tokens in one sentence, in document order; longer compounds win where two overlap. */
export function compoundSpans(edition: Edition, compounds: readonly ReviewedCompound[]): CompoundSpan[] {
  const longestFirst = [...compounds].sort((a, b) => b.tokens.length - a.tokens.length);
  const out: CompoundSpan[] = [];
  for (const s of allSentences(edition)) {
    const taken = new Set<number>();
    const here: CompoundSpan[] = [];
    for (const compound of longestFirst) {
      const n = compound.tokens.length;
      for (let i = 0; i + n <= s.tokens.length; i++) {
        if (compound.tokens.every((t, k) => s.tokens[i + k] === t && !taken.has(i + k))) {
          for (let k = 0; k < n; k++) taken.add(i + k);
          here.push({ sentence: s.id, start: i, end: i + n, compound });
        }
      }
    }
    out.push(...here.sort((a, b) => a.start - b.start));
  }
  return out;
}

const fmt = (p: Position): string => `${p.file}:${p.line}:${p.column}`;

/**
 * Every way the senses file fails to fit its document, each a `file:line:column` message: a word of the seed with
 * no entry (reported at `words:`, with the word's first place in the seed), an entry for a word the seed lacks, a
 * term slug with no annotation, an `at` that names a sentence or token where the word does not stand, a compound
 * whose tokens never occur in that order, and a `fragment` that also stands on its own.
 */
export function sensesErrors(senses: ReviewedSenses, edition: Edition): string[] {
  const errors: string[] = [];
  const terms = new Map<string, Annotation>(edition.annotations.map((a) => [a.slug, a]));
  const first = new Map<string, { id: string; at: Position }>();
  const places = new Map<string, Set<string>>();
  const sentences = new Map(allSentences(edition).map((s) => [s.id, s]));
  for (const s of sentences.values()) {
    s.tokens.forEach((token) => {
      if (!isChineseWord(token)) return;
      if (!first.has(token)) first.set(token, { id: s.id, at: s.source });
      const set = places.get(token) ?? new Set<string>();
      set.add(s.id);
      places.set(token, set);
    });
  }
  const missing = [...first].filter(([word]) => !senses.words.has(word));
  for (const [word, { id, at }] of missing) {
    errors.push(
      `${fmt(senses.wordsAt)} expected an entry for ${word} (a word of the text, first in ${id}, the sentence at ${fmt(at)}), found none`,
    );
  }
  const badTerm = (where: Position, owner: string, slug: string | undefined): void => {
    if (slug !== undefined && !terms.has(slug)) {
      errors.push(
        `${fmt(where)} expected ${owner}: term: the slug of a file in content/annotations/${edition.document.slug}/, found '${slug}'`,
      );
    }
  };
  for (const entry of senses.words.values()) {
    if (!first.has(entry.word)) {
      errors.push(
        `${fmt(entry.where)} expected a word of ${edition.document.source.file} (a token as segmented there), found '${entry.word}'`,
      );
      continue;
    }
    badTerm(entry.where, entry.word, entry.term);
    for (const at of entry.at) {
      const s = sentences.get(at.sentence);
      const ok = s && (at.token === undefined ? s.tokens.includes(entry.word) : s.tokens[at.token] === entry.word);
      if (!ok) {
        const key = at.token === undefined ? at.sentence : `${at.sentence}@${at.token}`;
        const found = !s
          ? 'no such sentence'
          : at.token === undefined
            ? `no ${entry.word} in ${at.sentence}`
            : `'${s.tokens[at.token] ?? 'nothing'}' there`;
        errors.push(`${fmt(at.where)} expected ${entry.word}: at: ${key} to name a place where ${entry.word} stands, found ${found}`);
      }
    }
  }
  const spans = compoundSpans(edition, senses.compounds);
  for (const c of senses.compounds) {
    badTerm(c.where, c.tokens.join(' '), c.term);
    if (!spans.some((s) => s.compound === c))
      errors.push(`${fmt(c.where)} expected the tokens ${c.tokens.join(' ')} to occur in this order in one sentence, found them nowhere`);
  }
  const inside = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => `${s.sentence}@${s.start + k}`)));
  for (const entry of senses.words.values()) {
    if (!entry.fragment) continue;
    const alone = [...sentences.values()].flatMap((s) =>
      s.tokens.flatMap((t, i) => (t === entry.word && !inside.has(`${s.id}@${i}`) ? [`${s.id}@${i}`] : [])),
    );
    if (alone.length > 0)
      errors.push(
        `${fmt(entry.where)} expected ${entry.word} (fragment: true) only inside a listed compound, found it alone at ${alone.slice(0, 5).join(', ')}`,
      );
  }
  return errors;
}
