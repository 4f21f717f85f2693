/**
 * Checked against the records independently of the anchoring code: a
 * sentence contains a sequence when its tokens, joined with a separator no
 * token contains, contain the sequence joined the same way.
 */
import { describe, expect, it } from 'vitest';
import { allSentences } from '../../src/lib/records/walk.ts';
import { sentenceHref } from '../../src/lib/urls/routes.ts';
import { realEdition } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { attr, elements, parseHtml } from '../support/html.ts';

const edition = realEdition();
const SEP = '\u0001';
const contains = (tokens: readonly string[], seq: readonly string[]): boolean =>
  `${SEP}${tokens.join(SEP)}${SEP}`.includes(`${SEP}${seq.join(SEP)}${SEP}`);

describe.each(['zh', 'en'] as const)('in %s', (lang) => {
  describe.each(edition.annotations.map((a) => [a.slug, a] as const))('the term page of %s', (slug, a) => {
    it('lists exactly the sentences whose tokens contain its token sequence', () => {
      const expected = allSentences(edition)
        .filter((s) => (!a.sentences || a.sentences.includes(s.id)) && a.tokens.some((seq) => contains(s.tokens, seq)))
        .map((s) => sentenceHref(lang, edition.document.slug, s.id));
      const root = parseHtml(readPage(`/${lang}/trade-2019/terms/${slug}/`));
      const listed = elements(root)
        .filter((el) => el.tagName === 'a' && attr(el, 'className') === 'kwic-ref')
        .map((el) => attr(el, 'href'));
      expect([...new Set(listed)]).toEqual(expected);
    });
  });
});
