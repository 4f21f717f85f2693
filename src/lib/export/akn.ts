/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) export of one expression of a document:
 * the Chinese, which is authoritative, at /data/{doc}.akn.xml and the
 * unofficial English at /data/{doc}.en.akn.xml. The document is a `doc`
 * named "guidingOpinions": the issuers, title and date line in the preface,
 * the preamble, then the parts in the main body, part 1's unnumbered
 * paragraphs as `paragraph`s and the measures as `point`s. Every sentence-like
 * unit is one element whose eId comes from its stable ID (akn-ids.ts) and
 * whose text is exactly the unit's text.
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { Edition, Measure, Part, Sentence } from '../records/index.ts';
import { allSentences, measuresOf } from '../records/walk.ts';
import { measureNumber, partNumber } from '../records/labels.ts';
import { paths } from '../urls/routes.ts';
import { permanentUrl } from '../urls/page-context.ts';
import { aknEid } from './akn-ids.ts';
import type { ExportContext } from './context.ts';
import { el, inline, xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** The document's `name`: AKN's `doc` is for types it has no element of its own for. */
export const AKN_DOC_NAME = 'guidingOpinions';
/** Languages as AKN IRIs and FRBRlanguage give them (three letters). */
const AKN_LANG: Record<Lang, string> = { zh: 'zho', en: 'eng' };

/** Whether a language's expression can be exported: the Chinese always, the English once fully translated. */
export function hasAknExpression(edition: Edition, lang: Lang): boolean {
  if (lang === 'zh') return true;
  const d = edition.document;
  return allSentences(edition).every((s) => s.en !== undefined) && (d.issuersEn?.length ?? 0) === d.issuers.length;
}

/** The Work IRI (the same in every language) and this expression's IRI. */
export function aknIris(edition: Edition, lang: Lang): { work: string; expression: string; original: string } {
  const work = `/akn/cn/doc/${AKN_DOC_NAME}/${edition.document.date}/${edition.document.slug}`;
  return { work, expression: `${work}/${AKN_LANG[lang]}@`, original: `${work}/${AKN_LANG.zh}@` };
}

/** `Central Committee of the …` → `centralCommitteeOfThe…`, for TLC eIds. */
function camel(name: string, fallback: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  if (words.length === 0) return fallback;
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : (w[0]?.toUpperCase() ?? '') + w.slice(1).toLowerCase())).join('');
}

/** Wrap each of `names`, where it occurs in order in `text`, in an inline element; the text is kept exactly. */
function markNames(text: string, names: readonly string[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  let rest = text;
  for (const name of names) {
    const at = rest.indexOf(name);
    if (at < 0) continue;
    if (at > 0) out.push(rest.slice(0, at));
    out.push(el(tag, {}, name));
    rest = rest.slice(at + name.length);
  }
  if (rest) out.push(rest);
  return out;
}

/** `（2019年11月19日）` → `（<docDate date="2019-11-19">2019年11月19日</docDate>）`. */
function markDate(text: string, date: string): XmlNode[] {
  const m = /^([（(]?)(.*?)([）)]?)$/u.exec(text);
  const [, before = '', inner = text, after = ''] = m ?? [];
  return [before, el('docDate', { date }, inner), after].filter((n) => n !== '');
}

export function toAkn(edition: Edition, lang: Lang, ctx: ExportContext): string {
  if (!hasAknExpression(edition, lang)) throw new Error(`${edition.document.slug} has no complete ${lang} text to export`);
  const d = edition.document;
  const text = (s: Sentence): string => (lang === 'en' ? (s.en ?? s.text) : s.text);
  const unit = (name: string, s: Sentence, ...content: XmlNode[]): XmlElement =>
    inline(name, { eId: aknEid(s.id) }, ...(content.length ? content : [text(s)]));
  const issuers = lang === 'en' ? (d.issuersEn ?? d.issuers) : d.issuers;
  const authorIds = issuers.map((name, i) => camel(d.issuersEn?.[i] ?? name, `issuer${i + 1}`));
  const iris = aknIris(edition, lang);
  const editionUrl = permanentUrl(ctx, paths.document(lang, d.slug));

  const meta = el(
    'meta',
    {},
    el(
      'identification',
      { source: '#edition' },
      el(
        'FRBRWork',
        {},
        el('FRBRthis', { value: `${iris.work}/!main` }),
        el('FRBRuri', { value: iris.work }),
        el('FRBRdate', { date: d.date, name: 'issued' }),
        ...authorIds.map((id) => el('FRBRauthor', { href: `#${id}` })),
        el('FRBRcountry', { value: 'cn' }),
        el('FRBRsubtype', { value: AKN_DOC_NAME }),
      ),
      el(
        'FRBRExpression',
        {},
        el('FRBRthis', { value: `${iris.expression}/!main` }),
        el('FRBRuri', { value: iris.expression }),
        // A language version of the same text shares the original's expression date.
        el('FRBRdate', { date: d.date, name: 'issued' }),
        ...(lang === 'zh' ? authorIds.map((id) => el('FRBRauthor', { href: `#${id}` })) : [el('FRBRauthor', { href: '#edition' })]),
        ...(lang === 'zh' ? [] : [el('FRBRauthoritative', { value: 'false' })]),
        el('FRBRlanguage', { language: AKN_LANG[lang] }),
        ...(lang === 'zh'
          ? []
          : [el('FRBRtranslation', { href: iris.original, fromLanguage: AKN_LANG.zh, authoritative: 'false', by: '#edition' })]),
      ),
      el(
        'FRBRManifestation',
        {},
        el('FRBRthis', { value: `${iris.expression}/!main.xml` }),
        el('FRBRuri', { value: `${iris.expression}.akn` }),
        ctx.build.date ? el('FRBRdate', { date: ctx.build.date, name: 'generation' }) : el('FRBRdate', { date: d.date, name: 'issued' }),
        el('FRBRauthor', { href: '#edition' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ),
    ),
    el(
      'references',
      { source: '#edition' },
      ...issuers.map((name, i) =>
        el('TLCOrganization', { eId: authorIds[i], href: `/akn/ontology/organizations/cn/${authorIds[i]}`, showAs: name }),
      ),
      el('TLCOrganization', { eId: 'edition', href: editionUrl, showAs: t(lang, 'siteName') }),
    ),
    el(
      'proprietary',
      { source: '#edition', 'xmlns:fixity': permanentUrl(ctx, '/data/schema/akn-fixity') },
      el('fixity:source', { file: d.source.file, sha256: d.source.sha256 }),
      el('fixity:build', { date: ctx.build.date ?? undefined, from: ctx.build.from }),
      ...((release) => (release ? [el('fixity:release', { n: String(release.n), date: release.date })] : []))(ctx.release?.(edition)),
    ),
  );

  const preface = el(
    'preface',
    {},
    unit('p', d.issuersLine, ...markNames(text(d.issuersLine), issuers, 'docAuthority')),
    unit('p', d.title, inline('docTitle', {}, text(d.title))),
    unit('p', d.dateline, ...markDate(text(d.dateline), d.date)),
  );

  const num = (label: string): XmlElement => inline('num', {}, label);
  const point = (m: Measure): XmlElement => {
    const [heading, ...body] = m.sentences;
    return el(
      'point',
      { eId: aknEid(m.id) },
      num(measureNumber(lang, m)),
      ...(heading ? [unit('heading', heading)] : []),
      ...(body.length ? [el('content', {}, ...body.map((s) => unit('p', s)))] : []),
    );
  };
  const part = (p: Part): XmlElement =>
    el(
      'part',
      { eId: aknEid(p.id) },
      num(partNumber(lang, p)),
      unit('heading', p.heading),
      ...p.paragraphs.map((q) => el('paragraph', { eId: aknEid(q.id) }, el('content', {}, ...q.sentences.map((s) => unit('p', s))))),
      ...measuresOf(edition, p).map(point),
    );

  return xmlDocument(
    el(
      'akomaNtoso',
      { xmlns: AKN_NAMESPACE },
      el(
        'doc',
        { name: AKN_DOC_NAME },
        meta,
        preface,
        ...(d.preamble.length ? [el('preamble', {}, ...d.preamble.map((s) => unit('p', s)))] : []),
        el('mainBody', {}, ...edition.parts.map(part)),
      ),
    ),
  );
}
