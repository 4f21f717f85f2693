import { t, type Lang } from '../../i18n/index.ts';
import { headword } from '../annotate/headword.ts';
import type { Annotation, Edition, Sentence } from '../records/index.ts';
import { fragmentOnMeasurePage, ids } from '../records/ids.ts';
import { searchRecordOf } from './reference.ts';
import { measureTitle, paragraphTitle, partTitle, textIn } from '../records/labels.ts';
import { walk } from '../records/walk.ts';
import { paths } from '../urls/routes.ts';
import { documentTitle } from '../site/text.ts';

/**
 * Pagefind's language code for each index. The Chinese index is written as
 * the seed's own tokens separated by spaces, under a language code Pagefind
 * does not segment (`und`, undetermined): Pagefind would otherwise re-segment
 * the text at index time, and re-segment a query by the page's language at
 * query time, so the Chinese and English interfaces searched differently.
 * Queries are segmented by the same tokens in the browser (`segmentHan`).
 */
export const PAGEFIND_LANG: Record<Lang, string> = { zh: 'und', en: 'en' };

/** One search record: what Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A searchable unit: a measure, a part's heading or paragraph, the preamble, or the front matter. */
interface Unit {
  /** The unit's ID (`m14`, `p8`, `p1.para2`), or `preamble` / `title` for the preamble and the front matter. */
  id: string;
  path: (lang: Lang) => string;
  title: Record<Lang, string>;
  part: number;
  themes: string[];
  kind: 'measure' | 'text';
  /** Sentences with the fragment each has on the unit's page. */
  sentences: { fragment: string; sentence: Sentence }[];
}

const HAN = /\p{Script=Han}/u;

/**
 * The terms annotated in a unit: for each, its forms in this index's script
 * (the form used in the text first, then aliases) and the sentences it is in.
 */
function termsOf(unit: Unit, annotations: readonly Annotation[], lang: Lang): { forms: string[]; fragments: string[] }[] {
  const fragmentOf = new Map(unit.sentences.map((s) => [s.sentence.id, s.fragment]));
  return annotations.flatMap((a) => {
    const fragments = [...new Set(a.occurrences.flatMap((o) => fragmentOf.get(o.sentence) ?? []))];
    if (fragments.length === 0) return [];
    // Each index holds the aliases and narrower terms written in its own script: 进博会 in Chinese, CIIE and
    // "e-commerce" in English.
    const searched = [...a.aliases, ...a.narrower];
    const forms =
      lang === 'zh'
        ? [a.zh, ...searched.filter((x) => HAN.test(x))]
        : [headword(a.en), ...a.variants, ...searched.filter((x) => !HAN.test(x))];
    return [{ forms: [...new Set(forms.map((f) => f.replace(/[|=/]/g, ' ')))], fragments }];
  });
}

/** Every searchable unit of an edition, in document order (the walk's order, measures after their part's text). */
function unitsOf(edition: Edition): Unit[] {
  const doc = edition.document;
  const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ zh: f('zh'), en: f('en') });
  const front: Unit = {
    id: searchRecordOf({ kind: 'title' }),
    path: (lang) => paths.document(lang, doc.slug),
    title: both((lang) => documentTitle(lang, doc)),
    part: 0,
    themes: [],
    kind: 'text',
    sentences: [],
  };
  const preamble: Unit = {
    id: searchRecordOf({ kind: 'preamble-sentence', sentence: 1 }),
    path: (lang) => paths.document(lang, doc.slug),
    title: both((lang) => t(lang, 'preamble')),
    part: 0,
    themes: [],
    kind: 'text',
    sentences: [],
  };
  const text: Unit[] = [];
  const measures: Unit[] = [];
  for (const step of walk(edition)) {
    switch (step.kind) {
      case 'front':
        front.sentences.push({ fragment: step.sentence.id, sentence: step.sentence });
        break;
      case 'preamble':
        preamble.sentences.push({ fragment: step.sentence.id, sentence: step.sentence });
        break;
      case 'part-heading': {
        const { part } = step;
        text.push({
          id: searchRecordOf(step.ref),
          path: (lang) => paths.part(lang, doc.slug, part.n),
          title: both((lang) => partTitle(lang, part)),
          part: part.n,
          themes: [],
          kind: 'text',
          sentences: [{ fragment: step.sentence.id, sentence: step.sentence }],
        });
        break;
      }
      case 'paragraph': {
        const { part, paragraph } = step;
        const j = part.paragraphs.indexOf(paragraph) + 1;
        text.push({
          id: searchRecordOf(step.ref),
          path: (lang) => paths.part(lang, doc.slug, part.n),
          title: both((lang) => paragraphTitle(lang, part, j)),
          part: part.n,
          themes: [],
          kind: 'text',
          sentences: paragraph.sentences.map((s) => ({ fragment: s.id, sentence: s })),
        });
        break;
      }
      case 'measure': {
        const m = step.measure;
        measures.push({
          id: searchRecordOf(step.ref),
          path: (lang) => paths.measure(lang, doc.slug, m.n),
          title: both((lang) => measureTitle(lang, m)),
          part: m.part,
          themes: edition.themes.filter((theme) => theme.measures.includes(m.n)).map((theme) => theme.slug),
          kind: 'measure',
          sentences: m.sentences.map((s) => ({ fragment: fragmentOnMeasurePage(s.id), sentence: s })),
        });
        break;
      }
      // Found through their part, paragraph or measure above.
      case 'part':
      case 'paragraph-sentence':
      case 'measure-sentence':
        break;
    }
  }
  // The front matter opens at the title, not at the issuers line that precedes it in the source.
  front.sentences.sort((a, b) => Number(b.sentence.id === ids.title()) - Number(a.sentence.id === ids.title()));
  return [front, ...(preamble.sentences.length > 0 ? [preamble] : []), ...text, ...measures];
}

/**
 * The proper suffixes of a Chinese token (`京津冀` → `津冀`, `冀`). Pagefind
 * matches a query word as a prefix of an indexed word, so with the suffixes
 * indexed too a query finds any run of characters inside a token.
 */
function suffixes(token: string): string[] {
  const chars = [...token];
  return chars.slice(1).map((_, i) => chars.slice(i + 1).join(''));
}

/**
 * The search records of one edition in one language: one per measure, part
 * heading, part paragraph, the preamble and the front matter, holding its
 * text in that language and the aliases of the terms it contains.
 *
 * In the Chinese index every sentence is its seed tokens separated by
 * spaces (`meta.tk` says so; the browser joins them back for display), and
 * an index-only last line holds the term forms and aliases as whole words
 * and the suffixes of the tokens. `meta.s` keeps the sentence boundaries and
 * fragments so a result can open at its best sentence; `meta.al` maps each
 * alias to the sentences holding its term; `meta.u` is the unit's ID.
 */
export function searchRecords(edition: Edition, lang: Lang): SearchRecord[] {
  return unitsOf(edition).map((unit) => {
    const texts = unit.sentences.map(({ sentence }) => (lang === 'zh' ? sentence.tokens.join(' ') : textIn(lang, sentence)));
    const terms = termsOf(unit, edition.annotations, lang);
    const tail =
      lang === 'zh'
        ? [
            ...new Set([
              ...terms.flatMap((t) => t.forms.map((f) => f.replace(/\s+/g, ''))),
              ...unit.sentences.flatMap(({ sentence }) => sentence.tokens.filter((t) => HAN.test(t)).flatMap(suffixes)),
            ]),
          ].join(' ')
        : [...new Set(terms.flatMap((t) => t.forms.slice(1)))].join(' ; ');
    const path = unit.path(lang);
    return {
      url: `${path}#${unit.sentences[0]?.fragment ?? ''}`,
      content: `${texts.join('\n')}\n${tail}`,
      language: PAGEFIND_LANG[lang],
      meta: {
        title: unit.title[lang],
        doc: edition.document.slug,
        path,
        u: unit.id,
        s: unit.sentences.map(({ fragment }, i) => `${fragment}:${[...(texts[i] ?? '')].length}`).join(','),
        al: terms.map((t) => `${t.forms.join('/')}=${t.fragments.join(' ')}`).join('|'),
        tzh: unit.title.zh,
        ten: unit.title.en,
        ...(lang === 'zh' ? { tk: '1' } : {}),
      },
      filters: {
        part: [String(unit.part)],
        ...(unit.themes.length > 0 ? { theme: unit.themes } : {}),
        kind: [unit.kind],
        // The unit itself, so a query that names it (`m14.s2`) can fetch its text without a search.
        u: [unit.id],
      },
    };
  });
}
