import { expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

it.each(['en', 'zh'])('offers a report about the sentence on each %s sentence page', (lang) => {
  const html = readPage(`/${lang}/trade-2019/measure-14/s2/`);
  const report = /<p class="report"><a href="([^"]+)">([^<]+)<\/a>/.exec(html);
  expect(report?.[2]).toBe(lang === 'en' ? 'Report a problem with this sentence' : '报告本句的问题');
  // This build sets no report channel: the link goes to what a report should say.
  expect(report?.[1]).toBe(`/${lang}/trade-2019/data/#report`);
  expect(readPage(`/${lang}/trade-2019/data/`)).toContain('<dt id="report">');
});
