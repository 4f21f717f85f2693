import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { attr, elements, parseHtml, textOf } from '../support/html.ts';
import { readPage } from '../support/dist.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const ORIGIN = TEST_ORIGIN;
type Ld = Record<string, unknown> & { hasPart?: Ld[]; isPartOf?: Ld };

function head(path: string): { root: Root; all: Element[] } {
  const root = parseHtml(readPage(path));
  return { root, all: elements(root) };
}

function jsonLd(all: Element[]): Ld[] {
  return all
    .filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')
    .map((el) => JSON.parse(textOf(el)) as Ld);
}

function og(all: Element[]): Record<string, string | undefined> {
  return Object.fromEntries(
    all
      .filter((el) => el.tagName === 'meta' && attr(el, 'property')?.startsWith('og:'))
      .map((el) => [attr(el, 'property'), attr(el, 'content')]),
  );
}

describe.each(['zh', 'en'] as const)('in %s', (lang) => {
  const other = lang === 'zh' ? 'en' : 'zh';
  const legalValue = lang === 'en' ? 'https://schema.org/UnofficialLegalValue' : undefined;

  it('describes the document as schema.org Legislation with its measures as parts', () => {
    const { all } = head(`/${lang}/trade-2019/`);
    const [ld, ...more] = jsonLd(all);
    expect(more).toEqual([]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': `${ORIGIN}/${lang}/trade-2019/`,
      legislationIdentifier: 'trade-2019',
      legislationDate: '2019-11-19',
      inLanguage: lang === 'zh' ? 'zh-CN' : 'en',
    });
    expect(ld?.legislationLegalValue).toBe(legalValue);
    expect(ld?.[lang === 'en' ? 'translationOfWork' : 'workTranslation']).toEqual({ '@id': `${ORIGIN}/${other}/trade-2019/` });
    expect(ld?.hasPart?.map((p) => [p['@id'], p.legislationIdentifier])).toEqual(
      Array.from({ length: 27 }, (_, i) => [`${ORIGIN}/${lang}/trade-2019/measure-${i + 1}/`, `trade-2019/m${i + 1}`]),
    );
  });

  it.each(Array.from({ length: 27 }, (_, i) => i + 1))('describes measure %i as a part of the document', (n) => {
    const { all } = head(`/${lang}/trade-2019/measure-${n}/`);
    const [ld] = jsonLd(all);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      '@id': `${ORIGIN}/${lang}/trade-2019/measure-${n}/`,
      legislationIdentifier: `trade-2019/m${n}`,
    });
    expect(ld?.legislationLegalValue).toBe(legalValue);
    expect(ld?.isPartOf).toMatchObject({
      '@type': 'Legislation',
      '@id': `${ORIGIN}/${lang}/trade-2019/`,
      legislationIdentifier: 'trade-2019',
    });
  });

  it.each([
    ['document', `/${lang}/trade-2019/`, 'article'],
    ['measure', `/${lang}/trade-2019/measure-14/`, 'article'],
    ['data', `/${lang}/trade-2019/data/`, 'website'],
  ])('gives the %s page Open Graph tags matching its canonical URL and language', (_, path, type) => {
    const { all } = head(path);
    const canonical = all.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
    const title = textOf(all.find((el) => el.tagName === 'title') ?? (all[0] as Element));
    expect(og(all)).toEqual({
      'og:type': type,
      'og:title': title,
      'og:description': expect.stringMatching(/\S/),
      'og:url': attr(canonical ?? (all[0] as Element), 'href'),
      'og:site_name': expect.stringMatching(/\S/),
      'og:locale': lang === 'zh' ? 'zh_CN' : 'en_GB',
      'og:locale:alternate': lang === 'zh' ? 'en_GB' : 'zh_CN',
    });
    expect(og(all)['og:url']).toBe(`${ORIGIN}${path}`);
  });
});
