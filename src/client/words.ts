/**
 * Reading aids for the Chinese text, all optional: without JavaScript every
 * word is a link to its word page. This part runs on every page and only
 * listens; the rest (words-view.ts) and the word data load on first use:
 * tapping or clicking a word opens its popover (hovering with a mouse, after
 * a moment, unless the reader turned that off), and the pinyin and
 * traditional switches, remembered across pages, change the text.
 */
import { AIDS } from './storage-keys.ts';

type View = typeof import('./words-view.ts');
let view: Promise<View> | undefined;
const load = (): Promise<View> => (view ??= import('./words-view.ts').then((m) => (m.init(), m)));

if (document.querySelector('.t[data-w]')) {
  for (const label of document.querySelectorAll('.view .aid')) label.removeAttribute('hidden');
  // Keyboard reading (one Tab stop per sentence's words, arrows between them) loads with the first key pressed:
  // until then the first word of each sentence is where a Tab lands anyway.
  document.addEventListener('keydown', () => void import('./word-keys.ts').then((m) => m.rovingWords()), { once: true });
  try {
    if (localStorage.getItem(AIDS.pinyin) === '1' || localStorage.getItem(AIDS.trad) === '1') void load();
  } catch {
    /* storage blocked: nothing was remembered */
  }
  document.addEventListener('change', (event) => {
    if (event.target instanceof Element && event.target.closest('.aid')) void load();
  });
  document.addEventListener('click', (event) => {
    const word = event.target instanceof Element ? event.target.closest<HTMLElement>('.t[data-w] a:not(.a)') : null;
    if (!word || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void load().then((m) => m.open(word, false));
  });
  // The switch beside Pinyin (remembered by enhance.ts); a pointer that cannot hover never sees it.
  const hover = document.getElementById('hover-lookup') as HTMLInputElement | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('pointerover', (event) => {
    clearTimeout(timer);
    const token =
      event.pointerType === 'mouse' && hover?.checked && event.target instanceof Element
        ? event.target.closest<HTMLElement>('.t[data-w] :is(a:not(.a), span:not([class]))')
        : null;
    if (!token) return;
    timer = setTimeout(() => {
      // Never over a popover the reader opened (a term's note, a word by click or tap): hovering only looks.
      if (!document.querySelector(':popover-open:not([data-hover="1"])')) void load().then((m) => m.open(token, true));
    }, 450);
  });
}
