/**
 * Zotero, Mendeley and Google Scholar read Highwire `citation_*` tags from a
 * page's head. Each cited page describes what it shows: the unit in its
 * title, the issuers as authors, the date of issue, the edition as
 * publisher with its release, and (for the English) the translator.
 */
import { expect, it } from 'vitest';
import { attr, elements, parseHtml } from '../support/html.ts';
import { readPage } from '../support/dist.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const EN_ISSUERS = ['Central Committee of the Communist Party of China', 'State Council'];
const EN_TITLE = 'Guiding Opinions on Promoting the High-Quality Development of Trade';

function tags(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const el of elements(parseHtml(readPage(path)))) {
    const name = el.tagName === 'meta' ? attr(el, 'name') : undefined;
    if (name && (name.startsWith('citation_') || name.startsWith('DC.')))
      out.set(name, [...(out.get(name) ?? []), attr(el, 'content') ?? '']);
  }
  return out;
}

it.each([
  ['/en/trade-2019/', EN_TITLE, EN_ISSUERS, `${TEST_ORIGIN}/en/trade-2019/`, true],
  ['/zh/trade-2019/', '关于推进贸易高质量发展的指导意见', ['中共中央', '国务院'], `${TEST_ORIGIN}/zh/trade-2019/`, false],
  ['/en/trade-2019/measure-14/', `${EN_TITLE}: Measure (14)`, EN_ISSUERS, `${TEST_ORIGIN}/en/trade-2019/measure-14/`, true],
  [
    '/zh/trade-2019/measure-14/',
    '关于推进贸易高质量发展的指导意见: （十四）',
    ['中共中央', '国务院'],
    `${TEST_ORIGIN}/zh/trade-2019/measure-14/`,
    false,
  ],
  [
    '/en/trade-2019/measure-14/s2/',
    `${EN_TITLE}: Measure (14), sentence 2`,
    EN_ISSUERS,
    `${TEST_ORIGIN}/en/trade-2019/measure-14/#s2`,
    true,
  ],
  [
    '/zh/trade-2019/measure-14/s2/',
    '关于推进贸易高质量发展的指导意见: （十四）第2句',
    ['中共中央', '国务院'],
    `${TEST_ORIGIN}/zh/trade-2019/measure-14/#s2`,
    false,
  ],
])('%s names the unit, its issuers, date, edition, release and URL', (path, title, authors, url, translated) => {
  const t = tags(path);
  expect(t.get('citation_title')).toEqual([title]);
  expect(t.get('citation_author')).toEqual(authors);
  expect(t.get('citation_publication_date')).toEqual(['2019/11/19']);
  expect(t.get('citation_publisher')?.[0]).toMatch(/Bilingual Edition|中英对照本/);
  expect(t.get('citation_online_date')?.[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(t.get('citation_public_url')).toEqual([url]);
  expect(t.get('citation_language')).toEqual([path.startsWith('/zh/') ? 'zh-CN' : 'en']);
  expect(t.get('DC.contributor')).toEqual(translated ? ['Editors of the Bilingual Edition'] : undefined);
  expect(t.get('DC.hasVersion')?.[0]).toMatch(/^\d+ \(\d{4}-\d{2}-\d{2}\)$/);
});
