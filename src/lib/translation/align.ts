import type { Edition, Sentence } from '../records/index.ts';
import type { Translation } from '../records/translation.ts';
import { allSentences } from '../records/walk.ts';

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
  if (translation.issuers.length !== edition.document.issuers.length) {
    errors.push(`${file}: expected ${edition.document.issuers.length} issuers, found ${translation.issuers.length}`);
  }
  return errors;
}

/** The edition with `en` set on every sentence. Call only after alignmentErrors() returned none. */
export function withTranslation(edition: Edition, translation: Translation): Edition {
  const en = (s: Sentence): Sentence => ({ ...s, en: translation.segments[s.id] ?? '' });
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
