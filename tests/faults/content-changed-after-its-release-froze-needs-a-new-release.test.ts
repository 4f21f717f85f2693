/**
 * Once the latest release is frozen, what it published is fixed: the current content may not drift from it without
 * a new release entry that says why, or the changelog would never record the change. Both the text and, from
 * release 3 on, the termbase and themes the JSON export carries are compared.
 */
import { expect, it } from 'vitest';
import { readDocumentReleases } from '../../src/lib/content/releases.ts';
import type { Edition } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();

it('accepts the content as the latest release froze it', () => {
  expect(readDocumentReleases(edition)?.latest.n).toBeGreaterThanOrEqual(4);
});

it.each<[string, (e: Edition) => Edition, RegExp]>([
  [
    'a sentence of the translation',
    (e) => ({
      ...e,
      measures: e.measures.map((m) =>
        m.n === 14 ? { ...m, sentences: m.sentences.map((s) => (s.id === 'm14.s2' ? { ...s, en: `${s.en ?? ''} Again.` } : s)) } : m,
      ),
    }),
    /differs from release \d+ as frozen in .*\(m14\.s2\); expected a release \d+ entry describing the change/,
  ],
  [
    'a termbase gloss',
    (e) => ({
      ...e,
      annotations: e.annotations.map((a) => (a.slug === 'single-window' ? { ...a, gloss: { ...a.gloss, en: 'Changed.' } } : a)),
    }),
    /\(annotation:single-window\); expected a release \d+ entry/,
  ],
  [
    'an alias',
    (e) => ({ ...e, annotations: e.annotations.map((a) => (a.slug === 'customs' ? { ...a, aliases: [...a.aliases, '关'] } : a)) }),
    /\(annotation:customs\)/,
  ],
  [
    "a theme's measures",
    (e) => ({ ...e, themes: e.themes.map((t, i) => (i === 0 ? { ...t, measures: [...t.measures, 99] } : t)) }),
    /\(theme:[a-z-]+\)/,
  ],
])('refuses %s changed after the latest release froze, naming it', (_name, change, message) => {
  expect(() => readDocumentReleases(change(edition))).toThrow(message);
});
