/**
 * The edition as one TEI P5 document, /data/{doc}.tei.xml, valid against
 * tei_all (content/standards/tei/). The header names the issuers, the translator, the
 * release (as the edition), the licence and the source file with its SHA-256.
 * The text is a group of two texts, the Chinese and the English, in the same
 * structure: front matter (issuers, title, date line), preamble, parts with
 * their paragraphs and measures. Every unit is one element whose xml:id comes
 * from its stable ID (tei-ids.ts) and whose text is exactly the unit's; the
 * Chinese tokens are <w> (punctuation <pc>), each with its own xml:id. Then
 * standoff: the translation alignment as a linkGrp, the annotations as
 * <annotation>s pointing at the tokens they anchor to (and at the English
 * words, by string-range, where the terminology check finds them), and the
 * termbase as <entry>s. The themes are a taxonomy in the header, and each
 * measure points at its themes with @ana.
 */
import { LANGS, t, type Lang } from '../../i18n/index.ts';
import { EDITION } from '../cite/edition.ts';
import { joinTokens } from '../parse/join.ts';
import type { Annotation, Edition, Measure, Part, Sentence } from '../records/index.ts';
import { allSentences, measuresOf } from '../records/walk.ts';
import { measureNumber, partNumber } from '../records/labels.ts';
import { paths } from '../urls/routes.ts';
import { permanentUrl } from '../urls/page-context.ts';
import { annotationLayer, MOTIVATION } from './anchors.ts';
import type { ExportContext } from './context.ts';
import { teiAnnotationId, teiTermId, teiThemeId, teiTokenId, teiUnitId } from './tei-ids.ts';
import { el, inline, xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
const PUNCTUATION = /^\p{P}+$/u;

/** The Chinese tokens of a unit as <w>/<pc>, with the spaces the display text puts between Latin tokens. */
function tokenNodes(s: Sentence): XmlNode[] {
  const out: XmlNode[] = [];
  s.tokens.forEach((token, k) => {
    const prev = s.tokens[k - 1];
    if (prev !== undefined && joinTokens([prev, token]).length > prev.length + token.length) out.push(' ');
    out.push(el(PUNCTUATION.test(token) ? 'pc' : 'w', { 'xml:id': teiTokenId('zh', s.id, k) }, token));
  });
  return out;
}

/** Whether a unit has text in a language (the English may be pending). */
const hasText = (lang: Lang, s: Sentence): boolean => lang === 'zh' || s.en !== undefined;

/** A unit as one element, its text exactly the unit's. */
function unit(name: string, lang: Lang, s: Sentence, attrs: Record<string, string> = {}): XmlElement {
  return inline(name, { 'xml:id': teiUnitId(lang, s.id), ...attrs }, ...(lang === 'zh' ? tokenNodes(s) : [s.en ?? '']));
}

function text(edition: Edition, lang: Lang): XmlElement {
  const d = edition.document;
  const themesOf = (m: Measure): string | undefined => {
    const refs = edition.themes.filter((th) => th.measures.includes(m.n)).map((th) => `#${teiThemeId(th.slug)}`);
    return refs.length ? refs.join(' ') : undefined;
  };
  const sentences = (list: readonly Sentence[]): XmlElement[] => list.filter((s) => hasText(lang, s)).map((s) => unit('s', lang, s));
  const measure = (m: Measure): XmlElement => {
    const [heading, ...body] = m.sentences;
    return el(
      'div',
      { type: 'measure', n: String(m.n), 'xml:id': teiUnitId(lang, m.id), ana: themesOf(m) },
      inline(
        'head',
        {},
        inline('label', {}, measureNumber(lang, m)),
        ...(heading && hasText(lang, heading) ? [unit('s', lang, heading)] : []),
      ),
      ...(body.length ? [el('p', {}, ...sentences(body))] : []),
    );
  };
  const part = (p: Part): XmlElement =>
    el(
      'div',
      { type: 'part', n: String(p.n), 'xml:id': teiUnitId(lang, p.id) },
      inline('head', {}, inline('label', {}, partNumber(lang, p)), ...(hasText(lang, p.heading) ? [unit('s', lang, p.heading)] : [])),
      ...p.paragraphs.map((q) => el('p', { 'xml:id': teiUnitId(lang, q.id) }, ...sentences(q.sentences))),
      ...measuresOf(edition, p).map(measure),
    );
  const front = [
    ...(hasText(lang, d.issuersLine) ? [unit('docAuthor', lang, d.issuersLine)] : []),
    ...(hasText(lang, d.title) ? [el('docTitle', {}, unit('titlePart', lang, d.title, { type: 'main' }))] : []),
    ...(hasText(lang, d.dateline) ? [unit('docDate', lang, d.dateline, { when: d.date })] : []),
  ];
  return el(
    'text',
    { 'xml:id': lang, 'xml:lang': lang, type: lang === 'zh' ? 'source' : 'translation' },
    ...(front.length ? [el('front', {}, ...front)] : []),
    el(
      'body',
      {},
      ...(d.preamble.length ? [el('div', { type: 'preamble' }, el('p', {}, ...sentences(d.preamble)))] : []),
      ...edition.parts.map(part),
    ),
  );
}

function header(edition: Edition, ctx: ExportContext): XmlElement {
  const d = edition.document;
  const release = ctx.release?.(edition);
  return el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        inline('title', { type: 'main', 'xml:lang': 'zh' }, d.title.text),
        ...(d.title.en ? [inline('title', { type: 'main', 'xml:lang': 'en' }, d.title.en)] : []),
        ...d.issuers.map((zh, i) =>
          el(
            'author',
            {},
            inline('orgName', { 'xml:lang': 'zh' }, zh),
            ...(d.issuersEn?.[i] ? [inline('orgName', { 'xml:lang': 'en' }, d.issuersEn[i])] : []),
          ),
        ),
        el(
          'respStmt',
          {},
          inline('resp', { 'xml:lang': 'en' }, 'English translation, annotations and encoding'),
          inline('resp', { 'xml:lang': 'zh' }, '英文翻译、注释和编码'),
          inline('orgName', { 'xml:lang': 'en' }, EDITION.translator.en),
          inline('orgName', { 'xml:lang': 'zh' }, EDITION.translator.zh),
        ),
      ),
      ...(release
        ? [
            el(
              'editionStmt',
              {},
              inline(
                'edition',
                { n: String(release.n) },
                `${t('en', 'releaseHeading', { n: release.n })}, `,
                inline('date', { when: release.date }, release.date),
              ),
            ),
          ]
        : []),
      el(
        'publicationStmt',
        {},
        inline('publisher', { 'xml:lang': 'en' }, EDITION.name.en),
        inline('idno', { type: 'URI' }, permanentUrl(ctx, paths.tei(d.slug))),
        ...(ctx.build.date ? [inline('date', { when: ctx.build.date, type: 'generation' }, ctx.build.date)] : []),
        el(
          'availability',
          {},
          inline(
            'licence',
            { target: EDITION.licence.url },
            `${EDITION.licence.name.en}: the English translation, the annotations and the encoding. The Chinese text is the issuers' official document.`,
          ),
        ),
      ),
      el(
        'sourceDesc',
        {},
        el(
          'bibl',
          {},
          inline('title', { 'xml:lang': 'zh' }, d.fullTitle),
          inline('date', { when: d.date }, d.date),
          inline('idno', { type: 'file' }, d.source.file),
          inline('idno', { type: 'SHA-256' }, d.source.sha256),
        ),
      ),
    ),
    el(
      'encodingDesc',
      {},
      el(
        'classDecl',
        {},
        el(
          'taxonomy',
          { 'xml:id': 'themes' },
          ...(edition.themes.length ? [] : [inline('desc', {}, 'No themes.')]),
          ...edition.themes.map((th) =>
            el(
              'category',
              { 'xml:id': teiThemeId(th.slug) },
              ...LANGS.map((lang) =>
                inline('catDesc', { 'xml:lang': lang }, inline('term', {}, th.name[lang]), ': ', th.description[lang]),
              ),
            ),
          ),
        ),
      ),
    ),
    el(
      'profileDesc',
      {},
      el('langUsage', {}, inline('language', { ident: 'zh' }, 'Chinese'), inline('language', { ident: 'en' }, 'English')),
    ),
  );
}

function entry(a: Annotation): XmlElement {
  return el(
    'entry',
    { 'xml:id': teiTermId(a.slug), type: a.type },
    el('form', { type: 'lemma', 'xml:lang': 'zh' }, inline('orth', {}, a.zh), inline('pron', { notation: 'pinyin' }, a.pinyin)),
    ...a.aliases.map((alias) => el('form', { type: 'alias' }, inline('orth', {}, alias))),
    el(
      'sense',
      {},
      el('cit', { type: 'translation', 'xml:lang': 'en' }, inline('quote', {}, a.en)),
      ...a.variants.map((v) => el('cit', { type: 'translation', subtype: 'variant', 'xml:lang': 'en' }, inline('quote', {}, v))),
      ...LANGS.map((lang) => inline('def', { 'xml:lang': lang }, a.gloss[lang])),
      ...(a.commentary ? [inline('note', { type: 'commentary', 'xml:lang': 'en' }, a.commentary)] : []),
    ),
  );
}

function standOff(edition: Edition): XmlElement {
  const layer = annotationLayer(edition);
  const aligned = allSentences(edition).filter((s) => s.en !== undefined);
  return el(
    'standOff',
    {},
    el(
      'linkGrp',
      { type: 'translation' },
      ...aligned.map((s) => el('link', { target: `#${teiUnitId('zh', s.id)} #${teiUnitId('en', s.id)}` })),
    ),
    ...(layer.length
      ? [
          el(
            'listAnnotation',
            {},
            ...layer.flatMap(({ annotation: a, anchors }) =>
              anchors.map((x, k) => {
                const tokens = Array.from({ length: x.last - x.first + 1 }, (_, i) => `#${teiTokenId('zh', x.unit, x.first + i)}`);
                const english = x.en ? [`#string-range(id('${teiUnitId('en', x.unit)}'),${x.en.start},${x.en.end - x.en.start})`] : [];
                return el(
                  'annotation',
                  { 'xml:id': teiAnnotationId(a.slug, k + 1), target: [...tokens, ...english].join(' '), motivation: MOTIVATION[a.type] },
                  ...LANGS.map((lang) => inline('note', { type: 'gloss', 'xml:lang': lang }, a.gloss[lang])),
                  el('ptr', { type: 'entry', target: `#${teiTermId(a.slug)}` }),
                );
              }),
            ),
          ),
        ]
      : []),
    ...edition.annotations.map(entry),
  );
}

export function toTei(edition: Edition, ctx: ExportContext): string {
  const texts = LANGS.map((lang) => text(edition, lang));
  return xmlDocument(
    el(
      'TEI',
      { xmlns: TEI_NAMESPACE, 'xml:lang': 'zh' },
      header(edition, ctx),
      el('text', {}, el('group', {}, ...texts)),
      standOff(edition),
    ),
  );
}
