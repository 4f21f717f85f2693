/**
 * Optional enhancements; every page works fully without them. This is what a page runs at start, only what its
 * first screen and the reader's first move need:
 * - remembers the parallel-text view (both / 中文 / English) and the reading modes across pages;
 * - keeps the reader's place (the sentence nearest the top) when switching language, view or page type;
 * - adds a Copy button to each citation;
 * - opens the full text's contents beside the text on a wide screen (they stay folded on a narrow one), and marks
 *   in them where the reader is.
 * What a control does once used (copying a citation, a term's note as a popover, the glossary's filter) is in
 * on-use.ts, loaded on the reader's first press, focus or key on a page that has such a control.
 */
import { offline } from './offline.ts';
// Named imports keep only these strings in the bundle, not the whole string table.
import { copy as enCopy, copied as enCopied } from '../i18n/en.json';
import { copy as zhCopy, copied as zhCopied } from '../i18n/zh.json';

const KEY = 'edition.view';

/** The width at which the contents stand beside the full text (reading.css, `.layout`). */
const CONTENTS_BESIDE = '(min-width: 76rem)';

function openContentsWhenWide(): void {
  const fold = document.querySelector<HTMLDetailsElement>('details.toc-fold');
  if (fold && matchMedia(CONTENTS_BESIDE).matches) fold.open = true;
}

function restoreView(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    return;
  }
  const input = saved ? document.getElementById(`view-${saved}`) : null;
  if (input instanceof HTMLInputElement) input.checked = true;
  document.querySelectorAll<HTMLInputElement>('input[name="view"]').forEach((el) =>
    el.addEventListener('change', () => {
      try {
        localStorage.setItem(KEY, el.value);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    }),
  );
}

/** The sentence rows of the page, in document order. */
const rows = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('main .s'));

/** Where the reading area starts: below the header while it covers the top of the viewport. */
function readingTop(): number {
  const bottoms = Array.from(document.querySelectorAll('header.bar, main > .view'), (el) => el.getBoundingClientRect().bottom);
  return Math.max(0, ...bottoms.filter((bottom) => bottom < innerHeight / 2));
}

/**
 * The first row the reader is reading below the top of the reading area: a row cut off by the bars with
 * most of it already above them has been read, so the next one counts, as long as it starts on screen.
 */
const firstShown = (): HTMLElement | undefined => {
  const top = readingTop();
  const all = rows();
  const i = all.findIndex((row) => row.getBoundingClientRect().bottom > top + 24);
  const row = all[i];
  if (!row) return undefined;
  const r = row.getBoundingClientRect();
  const next = all[i + 1];
  const passed = r.top < top && r.bottom - top < r.height / 2;
  return passed && next && next.getBoundingClientRect().top < innerHeight ? next : row;
};

/** The row the reader chose by its link (the page's target), while it is on screen. */
function chosenRow(): HTMLElement | undefined {
  const chosen = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest<HTMLElement>('main .s')
    : null;
  if (!chosen) return undefined;
  const { top, bottom } = chosen.getBoundingClientRect();
  return bottom > 0 && top < innerHeight ? chosen : undefined;
}

/** A row's full ID (`m14.s2`): its alias on a measure page, where its own id is short (`s2`). */
const fullId = (row: HTMLElement): string => row.querySelector<HTMLElement>(':scope > .alias')?.id ?? row.id;

/** Where a link that keeps the reader's place leaves it for the next page (this tab only). */
const PLACE_KEY = 'edition.place';

/**
 * Links that change language, view or page type carry the reader's place: the same page in
 * the other language gets the row's own id, a page of another type its full ID; both keep the
 * query (a search page's query and filters, a search landing's terms). A row the reader chose
 * by its link travels as the fragment (it is the target there too); a row they merely scrolled
 * to travels beside the link and is scrolled to on arrival, so the next page marks no sentence
 * as a permalink's target.
 */
function keepPlace(): void {
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-keep-hash], a[data-keep-place]') : null;
    if (!a) return;
    const chosen = chosenRow();
    const row = chosen ?? (scrollY < 80 ? undefined : firstShown());
    let id: string | undefined;
    if (a.hasAttribute('data-keep-hash')) {
      a.search = location.search;
      id = row?.id;
      if (!row && location.hash) a.hash = location.hash;
    } else if (row) {
      const full = fullId(row);
      // Only a unit the target page holds: a measure page's "in the full text" link keeps to its measure.
      const scope = a.dataset.keepPlace;
      if (!scope || full === scope || full.startsWith(`${scope}.`)) id = full;
    }
    if (!id) return;
    if (chosen) {
      a.hash = id;
      return;
    }
    a.hash = '';
    try {
      sessionStorage.setItem(PLACE_KEY, JSON.stringify({ path: a.pathname, id, at: Date.now() }));
    } catch {
      a.hash = id; // storage blocked: the fragment is the only way to carry the place
    }
  });
}

interface CarriedPlace {
  readonly path?: unknown;
  readonly id?: unknown;
  readonly at?: unknown;
}

/** Arriving by such a link: put the reader's row where it was, under the bars. */
function restorePlace(): void {
  let place: CarriedPlace | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as CarriedPlace | null;
    sessionStorage.removeItem(PLACE_KEY);
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

/** Switching the view (both, 中文, English) reflows the page: keep the row at the top where it was. */
function keepPlaceOnViewChange(): void {
  let anchor: { row: HTMLElement; top: number } | undefined;
  const remember = (): void => {
    const row = firstShown();
    anchor = row ? { row, top: row.getBoundingClientRect().top } : undefined;
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        remember();
      });
    },
    { passive: true },
  );
  remember();
  document.querySelectorAll<HTMLInputElement>('.view input').forEach((input) =>
    input.addEventListener('change', () => {
      if (!anchor || scrollY < 80) return;
      const { row, top } = anchor;
      // After the browser's own scroll anchoring has had its go at the new layout.
      requestAnimationFrame(() => scrollBy(0, row.getBoundingClientRect().top - top));
    }),
  );
}

/** The word-boundary view marks words, not punctuation: punctuation tokens are tagged once, when it is first shown. */
function wordsIgnorePunctuation(): void {
  const box = document.getElementById('show-words');
  if (!(box instanceof HTMLInputElement)) return;
  const tag = (): void => {
    for (const span of document.querySelectorAll<HTMLElement>('.t[lang="zh-CN"] span:not([class])')) {
      if (/^[\p{P}\p{S}\s]+$/u.test(span.textContent ?? '')) span.dataset.p = '';
    }
  };
  if (box.checked) tag();
  else box.addEventListener('change', tag, { once: true });
}

/** Remember the reading modes (word boundaries, annotations hidden, hover lookup, which is on until turned off) like the view. */
function rememberModes(): void {
  for (const id of ['show-words', 'hide-notes', 'hover-lookup']) {
    const box = document.getElementById(id);
    if (!(box instanceof HTMLInputElement)) continue;
    const key = `edition.${id}`;
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

/** The long page's contents marks where the reader is. */
function contentsFollowsReader(): void {
  const toc = document.querySelector('.toc');
  if (!toc || !('IntersectionObserver' in window)) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[data-unit]')) links.set(a.dataset.unit ?? '', a);
  let current: HTMLAnchorElement | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const link = links.get(entry.target.id);
        if (!link || link === current) continue;
        current?.removeAttribute('aria-current');
        link.setAttribute('aria-current', 'location');
        current = link;
      }
    },
    { rootMargin: '0px 0px -80% 0px' },
  );
  for (const id of links.keys()) {
    const el = document.getElementById(id);
    if (el) observer.observe(el);
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
const load = (): Promise<OnUse> => (loading ??= import('./on-use.ts').then((m) => (onUse = m)));

/**
 * Run what a control does: at once when its code is here (so a copy stays within the reader's click, as browsers
 * require), else as soon as it arrives.
 */
function use(act: (m: OnUse) => void): void {
  if (onUse) act(onUse);
  else void load().then(act);
}

const MOVES = ['pointerdown', 'focusin', 'keydown'] as const;

/** The reader's first press, focus or key brings the controls' code, before the click or key that uses it. */
function loadOnFirstMove(): void {
  if (!document.querySelector('[data-citation], #gloss-pop, #term-filter')) return;
  const first = (): void => {
    for (const type of MOVES) removeEventListener(type, first, true);
    void load();
  };
  for (const type of MOVES) addEventListener(type, first, { capture: true, passive: true });
}

/** On a phone the header scrolls away with the page and comes back when the reader scrolls up. */
function headerFollows(): void {
  const root = document.documentElement;
  root.classList.add('bar-follows');
  let last = scrollY;
  addEventListener(
    'scroll',
    () => {
      const y = scrollY;
      if (Math.abs(y - last) < 8) return;
      root.classList.toggle('bar-away', y > last && y > 120);
      last = y;
    },
    { passive: true },
  );
}

headerFollows();
openContentsWhenWide();
restoreView();
rememberModes();
keepPlace();
keepPlaceOnViewChange();
wordsIgnorePunctuation();
contentsFollowsReader();
addCopyButtons();
// Once the remembered view and the contents have laid the page out.
restorePlace();

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

/** Arriving from a search result: highlight its terms (the code loads only then). */
const landing = new URLSearchParams(location.search);
if (landing.has('q') && !document.getElementById('search-form')) {
  const terms = landing.getAll('hl');
  void import('./highlight.ts').then((m) => m.highlight(terms.length > 0 ? terms : [landing.get('q') ?? '']));
}

/** Offline reading: the reader's choice, per document (the code loads only when needed). */
offline();
