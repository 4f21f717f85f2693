import type { Edition, Sentence } from '../records/index.ts';
import type { Translation } from '../records/translation.ts';
import { allSentences } from '../records/walk.ts';
import { joinTokens } from '../parse/join.ts';

/** Chinese characters (CJK ideographs) that must not remain in an English sentence. */
const HAN = /\p{Script=Han}/u;

/**
 * Check a translation against its edition: every sentence ID has exactly one
 * non-empty translation, no translation points at an unknown ID, none still
 * contains Chinese characters. Returns one message per problem, naming the ID.
 */
export function alignmentErrors(edition: Edition, translation: Translation, file: string): string[] {
  const errors: string[] = [];
  const known = new Set(allSentences(edition).map((s) => s.id));
  for (const id of known) {
    const text = translation.segments[id];
    if (text === undefined) errors.push(`${file}: ${id} has no English translation`);
    else if (text.trim() === '') errors.push(`${file}: ${id} has an empty English translation`);
    else if (HAN.test(text)) errors.push(`${file}: ${id} still contains Chinese characters: ${JSON.stringify(HAN.exec(text)?.[0])}`);
  }
  for (const id of Object.keys(translation.segments)) {
    if (!known.has(id)) errors.push(`${file}: ${id} is not a sentence ID of ${edition.document.slug}`);
  }
  errors.push(...clauseErrors(edition, translation, file));
  if (translation.issuers.length !== edition.document.issuers.length) {
    errors.push(`${file}: expected ${edition.document.issuers.length} issuers, found ${translation.issuers.length}`);
  }
  return errors;
}

/**
 * Check the clauses of long sentences: each names a sentence; its Chinese, joined, is the sentence's text, divided
 * only between tokens; its English, joined with spaces, is the translation.
 */
function clauseErrors(edition: Edition, translation: Translation, file: string): string[] {
  const errors: string[] = [];
  const byId = new Map(allSentences(edition).map((s) => [s.id, s]));
  for (const [id, clauses] of Object.entries(translation.clauses ?? {})) {
    const sentence = byId.get(id);
    if (!sentence) {
      errors.push(`${file}: clauses: ${id} is not a sentence ID of ${edition.document.slug}`);
      continue;
    }
    const zh = clauses.map((c) => c.zh).join('');
    if (zh !== sentence.text)
      errors.push(
        `${file}: clauses of ${id}: the Chinese of its clauses, joined, is not the sentence's text: ${firstDifference(zh, sentence.text)}`,
      );
    else if (boundaries(sentence, clauses) === undefined)
      errors.push(`${file}: clauses of ${id}: a clause ends inside a token; expected each to end between two of the seed's tokens`);
    const en = clauses.map((c) => c.en).join(' ');
    const translated = translation.segments[id];
    if (translated !== undefined && en !== translated)
      errors.push(
        `${file}: clauses of ${id}: the English of its clauses, joined with spaces, is not its translation: ${firstDifference(en, translated)}`,
      );
  }
  return errors;
}

/** Where two texts first differ, as a reader can find it. */
function firstDifference(found: string, expected: string): string {
  let i = 0;
  while (i < found.length && found[i] === expected[i]) i++;
  return `at character ${i + 1}, found ${JSON.stringify(found.slice(i, i + 12))}, expected ${JSON.stringify(expected.slice(i, i + 12))}`;
}

/** The token index and English offset where each clause after the first begins, or undefined if one splits a token. */
function boundaries(sentence: Sentence, clauses: readonly { zh: string; en: string }[]): NonNullable<Sentence['clauses']> | undefined {
  // The text offset before each token after the first, where no space joins it to the one before.
  const starts = sentence.tokens.map((token, i) => {
    const end = joinTokens(sentence.tokens.slice(0, i)).length;
    return i > 0 && joinTokens(sentence.tokens.slice(0, i + 1)).length - token.length === end ? end : -1;
  });
  const out: NonNullable<Sentence['clauses']> = [];
  let zh = 0;
  let en = 0;
  for (const clause of clauses.slice(0, -1)) {
    zh += clause.zh.length;
    en += clause.en.length + 1;
    const token = starts.indexOf(zh);
    if (token < 1) return undefined;
    out.push({ token, en });
  }
  return out;
}

/** The edition with `en` set on every sentence. Call only after alignmentErrors() returned none. */
export function withTranslation(edition: Edition, translation: Translation): Edition {
  const en = (s: Sentence): Sentence => {
    const clauses = translation.clauses?.[s.id];
    const at = clauses && boundaries(s, clauses);
    return { ...s, en: translation.segments[s.id] ?? '', ...(at ? { clauses: at } : {}) };
  };
  const d = edition.document;
  return {
    ...edition,
    document: {
      ...d,
      issuersEn: translation.issuers,
      issuersLine: en(d.issuersLine),
      title: en(d.title),
      dateline: en(d.dateline),
      preamble: d.preamble.map(en),
    },
    parts: edition.parts.map((p) => ({
      ...p,
      heading: en(p.heading),
      paragraphs: p.paragraphs.map((q) => ({ ...q, sentences: q.sentences.map(en) })),
    })),
    measures: edition.measures.map((m) => ({ ...m, sentences: m.sentences.map(en) })),
  };
}
