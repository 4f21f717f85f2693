/**
 * One answer to "where does a unit live" (src/lib/urls/routes.ts): a citation names the page and fragment that
 * show the unit, and only the document, parts, measures and measure sentences have citation files.
 */
import { expect, it } from 'vitest';
import { citedPlace, citePath, paths, sentenceLocation } from '../../src/lib/urls/routes.ts';
import { walk } from '../../src/lib/records/walk.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const doc = edition.document.slug;

it.each(['zh', 'en'] as const)('cites every sentence of the walk where a %s page shows it', (lang) => {
  for (const step of walk(edition)) {
    if (!('sentence' in step)) continue;
    const id = step.sentence.id;
    const { path, fragment } = sentenceLocation(lang, doc, id);
    const place = citedPlace(lang, doc, id);
    expect({ page: place.page, fragment: place.fragment }, id).toEqual({ page: path, fragment });
    expect(place.files !== undefined, id).toBe(step.kind === 'measure-sentence');
  }
});

it('gives the document, each part and each measure their own page and citation files', () => {
  expect(citedPlace('en', doc)).toEqual({ page: paths.document('en', doc), files: paths.document('en', doc) });
  for (const part of edition.parts) expect(citePath('zh', doc, 'bib', part.id)).toBe(`${paths.part('zh', doc, part.n)}cite.bib`);
  for (const m of edition.measures) expect(citePath('en', doc, 'ris', m.id)).toBe(`${paths.measure('en', doc, m.n)}cite.ris`);
  expect(citePath('en', doc, 'txt', 'm14.s2')).toBe('/en/trade-2019/measure-14/s2/cite.txt');
  expect(() => citePath('en', doc, 'txt', 'p1.para1.s1')).toThrow(/no citation files for p1\.para1\.s1/);
});
