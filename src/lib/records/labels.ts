/**
 * A unit's label in each language, in one place: the numbers a part or measure is printed with (一、 / 1.,
 * （十四） / (14)), its title (number and heading), a paragraph's name, the words naming an ID in running text
 * (citations, screen-reader labels), and the one rule for dropping a heading's final full stop. The words come
 * from `src/i18n`; the Chinese part label is the source's own tokens.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { stripTerminal } from './punctuation.ts';
import { toChineseNumeral } from './numerals.ts';
import { parseId, type UnitId } from './ids.ts';
import type { Measure, Part, Sentence } from './index.ts';

/** A sentence's text in a language, falling back to the Chinese while a translation is pending. */
export function textIn(lang: Lang, s: Pick<Sentence, 'text' | 'en'>): string {
  return lang === 'en' && s.en ? s.en : s.text;
}

/**
 * The full-stop rule: a heading or title shown on its own drops its sentence's final mark (。！？ or ……, with
 * any closing quotation mark or bracket) and an English final full stop; a question mark in English stays.
 */
export function withoutFinalStop(text: string): string {
  return stripTerminal(text).replace(/\.$/, '');
}

/** The number a measure is printed with: （十四） / (14). */
export function measureNumber(lang: Lang, m: Pick<Measure, 'n' | 'numeral'>): string {
  return t(lang, 'measureShort', { n: m.n, numeral: m.numeral });
}

/** The number a part is printed with: the source's own label (一、) / 1. */
export function partNumber(lang: Lang, p: Pick<Part, 'n' | 'label'>): string {
  return lang === 'zh' ? p.label.join('') : `${p.n}.`;
}

/** The label shown before a heading's text in each language (the English one followed by a space). */
export function labelBeforeText(
  unit: { kind: 'measure'; measure: Pick<Measure, 'n' | 'numeral'> } | { kind: 'part'; part: Pick<Part, 'n' | 'label'> },
): {
  zh: string;
  en: string;
} {
  const number = (lang: Lang): string => (unit.kind === 'measure' ? measureNumber(lang, unit.measure) : partNumber(lang, unit.part));
  return { zh: number('zh'), en: `${number('en')} ` };
}

/** A measure's heading in a language: its first sentence without the final stop. */
export function measureHeading(lang: Lang, m: Measure): string {
  const s1 = m.sentences[0];
  return s1 ? withoutFinalStop(textIn(lang, s1)) : m.heading;
}

/** A measure's title: （十四）促进贸易新业态发展 / (14) Promote new forms of trade. */
export function measureTitle(lang: Lang, m: Measure): string {
  return `${measureNumber(lang, m)}${lang === 'zh' ? '' : ' '}${measureHeading(lang, m)}`;
}

/** A part's title: 一、总体要求 / 1. General requirements. */
export function partTitle(lang: Lang, p: Part): string {
  return `${partNumber(lang, p)}${lang === 'zh' ? '' : ' '}${textIn(lang, p.heading)}`;
}

/** An unnumbered paragraph's name as a heading or link: 第2段 / Paragraph 2. */
export function paragraphName(lang: Lang, j: number): string {
  return t(lang, 'paragraphName', { n: j });
}

/** A paragraph's title after its part's: 一、总体要求（第2段） / 1. General requirements (paragraph 2). */
export function paragraphTitle(lang: Lang, p: Part, j: number): string {
  const words = unitWords(lang, { kind: 'paragraph', part: p.n, paragraph: j }).at(-1) ?? '';
  return lang === 'zh' ? `${partTitle(lang, p)}（${words}）` : `${partTitle(lang, p)} (${words})`;
}

/** The words naming each step of an ID in running text, outermost first. */
function unitWords(lang: Lang, id: UnitId): string[] {
  const measure = (n: number): string => t(lang, 'unitMeasure', { n, numeral: toChineseNumeral(n) });
  const part = (n: number): string => t(lang, 'unitPart', { n, numeral: toChineseNumeral(n) });
  const paragraph = (n: number): string => t(lang, 'unitParagraph', { n });
  const sentence = (n: number): string => t(lang, 'unitSentence', { n });
  switch (id.kind) {
    case 'issuers':
    case 'dateline':
      return [];
    case 'title':
      return [t(lang, 'unitTitle')];
    case 'preamble-sentence':
      return [t(lang, 'unitPreamble'), sentence(id.sentence)];
    case 'part':
      return [part(id.part)];
    case 'part-heading':
      return [part(id.part), t(lang, 'unitHeading')];
    case 'paragraph':
      return [part(id.part), paragraph(id.paragraph)];
    case 'paragraph-sentence':
      return [part(id.part), paragraph(id.paragraph), sentence(id.sentence)];
    case 'measure':
      return [measure(id.measure)];
    case 'measure-sentence':
      return [measure(id.measure), sentence(id.sentence)];
  }
}

/**
 * How a structural ID is named in running text (citations, the screen-reader label of a sentence's number):
 * `m14.s2` → "measure (14), sentence 2" / "（十四）第2句". An ID with no words of its own is shown as it is.
 */
export function unitLabel(lang: Lang, text: string): string {
  const id = parseId(text);
  const words = id ? unitWords(lang, id) : [];
  if (words.length === 0) return text;
  return words.join(lang === 'zh' ? '' : ', ');
}
