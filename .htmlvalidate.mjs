/**
 * html-validate settings for the built site (tests/site/every-page-is-valid-html.test.ts).
 * A module rather than JSON so that every relaxed rule can say why.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The stable IDs are a published contract (README, "Stable IDs") and
    // contain dots: `m14.s2`, `p1.para2.s1`, used as URL fragments. HTML
    // allows any ID without whitespace; the strict mode only guards against
    // IDs that are awkward in CSS selectors. Relaxed mode still rejects empty
    // IDs and IDs with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // A measure's or part's title is its full heading sentence followed by
    // the document's title, up to ~230 characters in English. The 70-character
    // limit is a search-results display heuristic, not validity; cutting the
    // heading would lose the one thing that identifies the page.
    'long-title': 'off',
  },
};
