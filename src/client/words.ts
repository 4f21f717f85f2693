/**
 * Reading aids for the Chinese text, all optional: without JavaScript every
 * word is a link to its word page. This part runs on every page and only
 * listens; the rest (words-view.ts) and the word data load on first use:
 * tapping or clicking a word opens its popover (hovering with a mouse, after
 * a moment, unless the reader turned that off), and the pinyin and
 * traditional switches, remembered across pages, change the text.
 */
import { rovingWords } from './word-keys.ts';

type View = typeof import('./words-view.ts');
let view: Promise<View> | undefined;
const load = (): Promise<View> => (view ??= import('./words-view.ts').then((m) => (m.init(), m)));

const HOVER_KEY = 'edition.hover-lookup';

/** The hover switch: on unless the reader turned it off (remembered); a pointer that cannot hover never sees it. */
function hoverSwitch(): () => boolean {
  const box = document.getElementById('hover-lookup');
  if (!(box instanceof HTMLInputElement)) return () => false;
  try {
    box.checked = localStorage.getItem(HOVER_KEY) !== '0';
  } catch {
    /* storage blocked: the default */
  }
  box.addEventListener('change', () => {
    try {
      localStorage.setItem(HOVER_KEY, box.checked ? '1' : '0');
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  });
  return () => box.checked;
}

/** A popover the reader opened on purpose (a term's note, or a word by click or tap) is showing. */
const chosenPopoverOpen = (): boolean =>
  document.querySelector('#gloss-pop:popover-open, .word-pop:popover-open:not([data-hover="1"])') !== null;

if (document.querySelector('.t[data-w]')) {
  for (const label of document.querySelectorAll('.view .aid')) label.removeAttribute('hidden');
  rovingWords();
  try {
    if (localStorage.getItem('edition.pinyin') === '1' || localStorage.getItem('edition.traditional') === '1') void load();
  } catch {
    /* storage blocked: nothing was remembered */
  }
  document.addEventListener('change', (event) => {
    if (event.target instanceof Element && event.target.closest('.aid:not(.hover-aid)')) void load();
  });
  document.addEventListener('click', (event) => {
    const word = event.target instanceof Element ? event.target.closest<HTMLElement>('.t[data-w] a:not(.a)') : null;
    if (!word || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void load().then((m) => m.open(word, false));
  });
  const hoverOn = hoverSwitch();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A press (on a term's mark, a word, anywhere) is a choice: the hover that led to it opens nothing.
  document.addEventListener('pointerdown', () => clearTimeout(timer), { capture: true });
  document.addEventListener('pointerover', (event) => {
    clearTimeout(timer);
    const token =
      event.pointerType === 'mouse' && hoverOn() && event.target instanceof Element
        ? event.target.closest<HTMLElement>('.t[data-w] :is(a:not(.a), span:not([class]))')
        : null;
    if (!token) return;
    timer = setTimeout(() => {
      // Never over a popover the reader opened: hovering only looks, it does not replace.
      if (!chosenPopoverOpen()) void load().then((m) => m.open(token, true));
    }, 450);
  });
}
