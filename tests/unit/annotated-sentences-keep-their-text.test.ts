import { describe, expect, it } from 'vitest';
import { bySlugOf, enHtml, marksFor, zhHtml } from '../../src/lib/annotate/render.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { realEdition } from '../support/content.ts';
import { parseHtml, textOf } from '../support/html.ts';

const edition = realEdition();
const bySlug = bySlugOf(edition.annotations);
const text = (html: string): string => parseHtml(html).children.map(textOf).join('');

describe.each(allSentences(edition).map((s) => [s.id, s] as const))('%s', (_id, sentence) => {
  const marks = marksFor(sentence.id, edition.annotations);
  it('renders the Chinese with exactly its display text, one span per token', () => {
    const html = zhHtml(sentence, marks, bySlug);
    expect(text(html)).toBe(sentence.text);
    expect(html.match(/<span>/g)?.length).toBe(sentence.tokens.length);
  });
  it('renders the English with exactly its text', () => {
    expect(text(enHtml(sentence.en ?? '', marks, bySlug))).toBe(sentence.en ?? '');
  });
});

it('marks the longest of overlapping annotations', () => {
  const marks = marksFor('m14.s2', edition.annotations).map((m) => m.slug);
  expect(marks).toContain('cross-border-e-commerce-pilot-zone');
  expect(marks).not.toContain('cross-border-e-commerce');
});

it('marks the same annotation in the English', () => {
  const s = allSentences(edition).find((x) => x.id === 'm22.s5');
  const html = enHtml(s?.en ?? '', marksFor('m22.s5', edition.annotations), bySlug);
  expect(html).toContain('<a class="a" href="#g-single-window">international trade “single window”</a>');
});
