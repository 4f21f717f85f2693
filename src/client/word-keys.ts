/**
 * The Chinese words of a sentence are one stop on the Tab key, not one each (a long page has thousands):
 * Tab reaches the sentence's current word, the left and right arrow keys move between its words, Home and End go to its
 * first and last (the roving tabindex of the WAI-ARIA Authoring Practices). The words stay links, so
 * without JavaScript each is still reachable.
 */
const WORDS = 'a[href]';

function wordsOf(text: Element): HTMLElement[] {
  return Array.from(text.querySelectorAll<HTMLElement>(WORDS));
}

/** Make `word` the sentence's one stop, and the others reachable by the arrow keys only. */
function makeCurrent(words: readonly HTMLElement[], word: HTMLElement): void {
  for (const w of words) w.tabIndex = w === word ? 0 : -1;
}

export function rovingWords(): void {
  for (const text of document.querySelectorAll('.t[data-w]')) {
    const words = wordsOf(text);
    if (words[0]) makeCurrent(words, words[0]);
  }
  // Focus by any means (a click, a popover handing focus back) makes that word the sentence's stop.
  document.addEventListener('focusin', (event) => {
    const word = event.target instanceof HTMLElement ? event.target : null;
    const text = word?.matches(WORDS) ? word.closest('.t[data-w]') : null;
    if (word && text && word.tabIndex !== 0) makeCurrent(wordsOf(text), word);
  });
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const word = event.target instanceof HTMLElement ? event.target : null;
    const text = word?.matches(WORDS) ? word.closest('.t[data-w]') : null;
    if (!word || !text) return;
    const words = wordsOf(text);
    const i = words.indexOf(word);
    // Left and right only: up and down keep scrolling the page.
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: words.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const to = words[Math.max(0, Math.min(words.length - 1, next))];
    if (to && to !== word) {
      makeCurrent(words, to);
      to.focus();
    }
  });
}
