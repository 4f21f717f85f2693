/**
 * The Chinese words of a sentence are one stop on the Tab key, not one each (a long page has thousands):
 * Tab reaches the sentence's current word, the left and right arrow keys move between its words, Home and
 * End go to its first and last (the roving tabindex of the WAI-ARIA Authoring Practices). The words stay
 * links, so without JavaScript each is still reachable. Loaded by words.ts with the first key pressed.
 */
const WORD = '.t[data-w] a[href]';

/** The words of the sentence a word stands in. */
const wordsBeside = (word: Element): HTMLElement[] =>
  Array.from(word.parentElement?.closest('.t[data-w]')?.querySelectorAll<HTMLElement>('a[href]') ?? []);

export function rovingWords(): void {
  for (const text of document.querySelectorAll('.t[data-w]')) {
    text.querySelectorAll<HTMLElement>('a[href]').forEach((word, i) => (word.tabIndex = i ? -1 : 0));
  }
  // Focus by any means (the arrow keys, a click, a popover handing focus back) makes that word the sentence's stop.
  document.addEventListener('focusin', ({ target }) => {
    if (target instanceof HTMLElement && target.matches(WORD)) for (const w of wordsBeside(target)) w.tabIndex = w === target ? 0 : -1;
  });
  document.addEventListener('keydown', (event) => {
    const { target, key } = event;
    if (!(target instanceof HTMLElement && target.matches(WORD)) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const words = wordsBeside(target);
    const i = words.indexOf(target);
    // Left and right only: up and down keep scrolling the page.
    const moves: Record<string, HTMLElement | undefined> = {
      ArrowRight: words[i + 1],
      ArrowLeft: words[i - 1],
      Home: words[0],
      End: words.at(-1),
    };
    if (!(key in moves)) return;
    event.preventDefault();
    moves[key]?.focus();
  });
}
