import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { attr, byId, elements, parseHtml, textOf } from '../support/html.ts';
import { builtPages, readPage } from '../support/dist.ts';

const [edition] = parseCorpus([{ path: 'seeds/trade-2019.zh.txt', bytes: readFileSync('seeds/trade-2019.zh.txt') }]);
if (!edition) throw new Error('no edition');
const pages = new Set(builtPages());

describe.each(['zh', 'en'] as const)('in %s', (lang) => {
  it('has the landing, document, 8 part and 27 measure pages', () => {
    expect(pages.has('/')).toBe(true);
    expect(pages.has(`/${lang}/trade-2019/`)).toBe(true);
    for (let k = 1; k <= 8; k++) expect(pages.has(`/${lang}/trade-2019/part-${k}/`), `part ${k}`).toBe(true);
    for (let n = 1; n <= 27; n++) expect(pages.has(`/${lang}/trade-2019/measure-${n}/`), `measure ${n}`).toBe(true);
  });

  describe.each(edition.measures.map((m) => [m.n, m] as const))('measure %i', (n, measure) => {
    const root = parseHtml(readPage(`/${lang}/trade-2019/measure-${n}/`));
    it('has an #s{i} anchor holding each sentence, the Chinese exactly as joined from the source', () => {
      measure.sentences.forEach((s, i) => {
        const row = byId(root, `s${i + 1}`);
        expect(row, `#s${i + 1}`).toBeDefined();
        const zh = elements(row ?? root).find((el) => attr(el, 'dataL') === 'zh');
        expect(zh && textOf(zh).endsWith(s.text), s.id).toBe(true);
      });
    });
    it('marks its language and the other language on every block', () => {
      const html = elements(root).find((el) => el.tagName === 'html');
      expect(attr(html ?? (root.children[0] as never), 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      for (const el of elements(root).filter((e) => attr(e, 'dataL'))) {
        expect(attr(el, 'lang'), attr(el, 'dataL')).toBe(
          attr(el, 'dataL') === 'zh' || el.properties.className?.toString().includes('pending') ? 'zh-CN' : 'en',
        );
      }
    });
  });
});
