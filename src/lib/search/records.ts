import type { Lang } from '../../i18n/index.ts';
import type { Annotation, Edition, Measure, Sentence } from '../records/index.ts';
import { fragmentOnMeasurePage, parseId } from '../records/ids.ts';
import { walk } from '../records/walk.ts';
import { paths } from '../site/routes.ts';
import { measureTitle, textIn } from '../site/text.ts';

/** Pagefind's language code for each interface language (one index per language). */
export const PAGEFIND_LANG: Record<Lang, string> = { zh: 'zh-cn', en: 'en' };

/** One search record: what Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A searchable unit: a measure, or the preamble / a paragraph of part 1. */
interface Unit {
  path: string;
  title: string;
  part: number;
  themes: string[];
  /** Sentences with the fragment each has on the unit's page. */
  sentences: { fragment: string; sentence: Sentence }[];
  /** The measure, when the unit is one. */
  measure?: Measure;
}

const HAN = /\p{Script=Han}/u;

/** A non-measure unit's title in another language (the preamble or a part-1 paragraph). */
function unitTitleIn(edition: Edition, unit: Unit, lang: Lang): string {
  const first = unit.sentences[0]?.fragment ?? '';
  const id = parseId(first);
  if (id?.kind === 'preamble-sentence') return lang === 'zh' ? '序言' : 'Preamble';
  if (id?.kind !== 'paragraph-sentence') return first;
  const part = edition.parts.find((p) => p.n === id.part);
  const j = id.paragraph;
  if (!part) return first;
  return lang === 'zh' ? `${part.label.join('')}${part.heading.text}（第${j}段）` : `${part.n}. ${textIn(lang, part.heading)} (paragraph ${j})`;
}

/**
 * The terms annotated in a unit: for each, its forms in this index's script
 * (the form used in the text first, then aliases) and the sentences it is in.
 */
function termsOf(unit: Unit, annotations: readonly Annotation[], lang: Lang): { forms: string[]; fragments: string[] }[] {
  const fragmentOf = new Map(unit.sentences.map((s) => [s.sentence.id, s.fragment]));
  return annotations.flatMap((a) => {
    const fragments = [...new Set(a.occurrences.flatMap((o) => fragmentOf.get(o.sentence) ?? []))];
    if (fragments.length === 0) return [];
    // Each index holds the aliases written in its own script: 进博会 in Chinese, CIIE and "e-commerce" in English.
    const forms = lang === 'zh' ? [a.zh, ...a.aliases.filter((x) => HAN.test(x))] : [a.en.replace(/^"|"$/g, ''), ...a.variants, ...a.aliases.filter((x) => !HAN.test(x))];
    return [{ forms: [...new Set(forms.map((f) => f.replace(/[|=/]/g, ' ')))], fragments }];
  });
}

/**
 * The search records of one edition in one language: one per measure (and
 * per preamble / part-1 paragraph), holding its text in that language and
 * the aliases of the terms it contains. `meta.s` keeps the sentence
 * boundaries and fragments so a result can open at its best sentence;
 * `meta.al` maps each alias to the sentences holding its term.
 */
export function searchRecords(edition: Edition, lang: Lang): SearchRecord[] {
  const doc = edition.document;
  const units: Unit[] = [];
  if (doc.preamble.length > 0) {
    units.push({
      path: paths.document(lang, doc.slug),
      title: lang === 'zh' ? '序言' : 'Preamble',
      part: 0,
      themes: [],
      sentences: doc.preamble.map((s) => ({ fragment: s.id, sentence: s })),
    });
  }
  const measures: Unit[] = [];
  for (const step of walk(edition)) {
    if (step.kind === 'paragraph') {
      const { part, paragraph: para } = step;
      const j = part.paragraphs.indexOf(para);
      units.push({
        path: paths.part(lang, doc.slug, part.n),
        title: lang === 'zh' ? `${part.label.join('')}${part.heading.text}（第${j + 1}段）` : `${part.n}. ${textIn(lang, part.heading)} (paragraph ${j + 1})`,
        part: part.n,
        themes: [],
        sentences: para.sentences.map((s) => ({ fragment: s.id, sentence: s })),
      });
    }
    if (step.kind === 'measure') {
      const m = step.measure;
      measures.push({
        path: paths.measure(lang, doc.slug, m.n),
        title: measureTitle(lang, m),
        part: m.part,
        themes: edition.themes.filter((t) => t.measures.includes(m.n)).map((t) => t.slug),
        sentences: m.sentences.map((s) => ({ fragment: fragmentOnMeasurePage(s.id), sentence: s })),
        measure: m,
      });
    }
  }
  units.push(...measures);

  return units.map((unit) => {
    const { measure } = unit;
    const measureOrUnitTitle = (l: Lang): string => (measure ? measureTitle(l, measure) : l === lang ? unit.title : unitTitleIn(edition, unit, l));
    const texts = unit.sentences.map(({ sentence }) => textIn(lang, sentence));
    const terms = termsOf(unit, edition.annotations, lang);
    const aliasText = [...new Set(terms.flatMap((t) => t.forms.slice(1)))].join(' ; ');
    return {
      url: `${unit.path}#${unit.sentences[0]?.fragment ?? ''}`,
      content: `${texts.join('\n')}\n${aliasText}`,
      language: PAGEFIND_LANG[lang],
      meta: {
        title: unit.title,
        doc: doc.slug,
        path: unit.path,
        s: unit.sentences.map(({ fragment }, i) => `${fragment}:${[...(texts[i] ?? '')].length}`).join(','),
        al: terms.map((t) => `${t.forms.join('/')}=${t.fragments.join(' ')}`).join('|'),
        tzh: measureOrUnitTitle('zh'),
        ten: measureOrUnitTitle('en'),
      },
      filters: {
        part: [String(unit.part)],
        ...(unit.themes.length > 0 ? { theme: unit.themes } : {}),
        kind: [unit.part === 0 || !unit.path.includes('/measure-') ? 'text' : 'measure'],
      },
    };
  });
}
