/**
 * Optional enhancements; every page works fully without them. This is what a page runs at start, only what its
 * first screen needs and what must catch the reader's first move:
 * - restores the parallel-text view (both / 中文 / English) and the reading modes, remembered across pages, and the
 *   reader's place carried from the page they came from;
 * - adds a Copy button to each citation; opens the full text's contents beside the text on a wide screen;
 * - catches a click on a term (its note opens as a popover) and on a link that carries the reader's place.
 * The rest (the header that follows the reader, their place kept as the view changes, the contents that mark where
 * they are, and what each control does once used) is in on-use.ts, loaded on the reader's first press, focus, key,
 * touch or scroll.
 */
import { offline } from './offline.ts';
import { mode, PLACE, VIEW } from './storage-keys.ts';
// Named imports keep only these strings in the bundle, not the whole string table.
import { copy as enCopy, copied as enCopied } from '../i18n/en.json';
import { copy as zhCopy, copied as zhCopied } from '../i18n/zh.json';

/** The width at which the contents stand beside the full text (reading.css, `.layout`). */
const CONTENTS_BESIDE = '(min-width: 76rem)';

function openContentsWhenWide(): void {
  const fold = document.querySelector<HTMLDetailsElement>('details.toc-fold');
  if (fold && matchMedia(CONTENTS_BESIDE).matches) fold.open = true;
}

function restoreView(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(VIEW);
  } catch {
    return;
  }
  const input = saved ? document.getElementById(`view-${saved}`) : null;
  if (input instanceof HTMLInputElement) input.checked = true;
  document.querySelectorAll<HTMLInputElement>('input[name="view"]').forEach((el) =>
    el.addEventListener('change', () => {
      try {
        localStorage.setItem(VIEW, el.value);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    }),
  );
}

interface CarriedPlace {
  readonly path?: unknown;
  readonly id?: unknown;
  readonly at?: unknown;
}

/** Arriving by a link that carried the reader's place (on-use.ts, carryPlace): put their row where it was, under the bars. */
function restorePlace(): void {
  let place: CarriedPlace | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(PLACE) ?? 'null') as CarriedPlace | null;
    sessionStorage.removeItem(PLACE);
  } catch {
    return;
  }
  // A link opened elsewhere (a new tab) leaves its place unused: only a fresh one counts.
  const fresh = typeof place?.at === 'number' && Date.now() - place.at < 10_000;
  const id = place?.id;
  if (!place || !fresh || place.path !== location.pathname || typeof id !== 'string' || location.hash) return;
  const el = document.getElementById(id);
  (el?.closest<HTMLElement>('main .s') ?? el)?.scrollIntoView({ block: 'start' });
}

/** Remember the reading modes (word boundaries, annotations hidden, hover lookup, which is on until turned off) like the view. */
function rememberModes(): void {
  for (const id of ['show-words', 'hide-notes', 'hover-lookup']) {
    const box = document.getElementById(id);
    if (!(box instanceof HTMLInputElement)) continue;
    const key = mode(id);
    try {
      const saved = localStorage.getItem(key);
      if (saved !== null) box.checked = saved === '1';
    } catch {
      return;
    }
    box.addEventListener('change', () => {
      try {
        localStorage.setItem(key, box.checked ? '1' : '0');
      } catch {
        /* private mode */
      }
    });
  }
}

function addCopyButtons(): void {
  if (!navigator.clipboard) return;
  const label = document.documentElement.lang.startsWith('zh') ? [zhCopy, zhCopied] : [enCopy, enCopied];
  document.querySelectorAll<HTMLElement>('[data-citation]').forEach((p) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = label[0] ?? 'Copy';
    button.addEventListener('click', () => use((m) => m.copyCitation(p, button, label[1] ?? 'Copied')));
    p.after(button);
  });
}

type OnUse = typeof import('./on-use.ts');
let onUse: OnUse | undefined;
let loading: Promise<OnUse> | undefined;
/** Where the page stood at start, before the reader's first move. */
let atStart = 0;
// Whatever brings the code first, it starts following the reader then.
const load = (): Promise<OnUse> => (loading ??= import('./on-use.ts').then((m) => (m.followReader(atStart), (onUse = m))));

/**
 * Run what a control does: at once when its code is here (so a copy stays within the reader's click, as browsers
 * require), else as soon as it arrives.
 */
function use(act: (m: OnUse) => void): void {
  if (onUse) act(onUse);
  else void load().then(act);
}

const MOVES = ['pointerdown', 'focusin', 'keydown', 'touchstart', 'scroll'] as const;

/** The reader's first press, focus, key, touch or scroll brings the rest, before the click or key that uses it. */
function loadOnFirstMove(): void {
  const first = (): void => {
    for (const type of MOVES) removeEventListener(type, first, true);
    void load();
  };
  for (const type of MOVES) addEventListener(type, first, { capture: true, passive: true });
}

/**
 * A link that changes language, view or page type carries the reader's place (on-use.ts). Should its code not be here
 * yet, the link waits for it; a link opened in another tab or window carries nothing.
 */
function carryPlace(): void {
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-keep-hash], a[data-keep-place]') : null;
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (onUse) {
      onUse.carryPlace(a);
      return;
    }
    event.preventDefault();
    void load().then((m) => {
      m.carryPlace(a);
      location.assign(a.href);
    });
  });
}

// On a phone the header scrolls away and comes back (on-use.ts, from the first move on); it follows from the start.
document.documentElement.classList.add('bar-follows');
openContentsWhenWide();
restoreView();
rememberModes();
carryPlace();
addCopyButtons();
// Once the remembered view and the contents have laid the page out.
restorePlace();
atStart = scrollY;

/** Open a gloss mark's note as a popover beside the text instead of jumping to it (on-use.ts shows it). */
function glossPopovers(): void {
  const pop = document.getElementById('gloss-pop');
  if (!pop || typeof pop.showPopover !== 'function') return;
  document.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.a') : null;
    const note = mark ? document.getElementById(decodeURIComponent(mark.hash.slice(1))) : null;
    if (!mark || !note) return;
    event.preventDefault();
    use((m) => m.openGloss(pop, mark, note));
  });
}

glossPopovers();

/** The glossary's filter (on-use.ts filters): shown only where it works. */
function glossaryFilter(): void {
  const input = document.getElementById('term-filter');
  if (!(input instanceof HTMLInputElement)) return;
  input.closest('p')?.removeAttribute('hidden');
  input.addEventListener('input', () => use((m) => m.filterGlossary(input)));
}

glossaryFilter();
loadOnFirstMove();
// Word boundaries remembered on: their view marks no punctuation, which on-use.ts tags at once.
if (document.querySelector('#show-words:checked')) void load();

/** Arriving from a search result: highlight its terms (the code loads only then). */
const landing = new URLSearchParams(location.search);
if (landing.has('q') && !document.getElementById('search-form')) {
  const terms = landing.getAll('hl');
  void import('./highlight.ts').then((m) => m.highlight(terms.length > 0 ? terms : [landing.get('q') ?? '']));
}

/** Offline reading: the reader's choice, per document (the code loads only when needed). */
offline();
