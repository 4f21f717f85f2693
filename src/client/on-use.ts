/**
 * What the page does once the reader moves (their first press, focus, key, touch or scroll), loaded then by
 * enhance.ts, or by a control itself if it is used first:
 * - the header on a phone scrolls away and comes back; the full text's contents mark where the reader is;
 * - the reader's place (the sentence nearest the top) is kept when the view changes, and carried by a link that
 *   changes language, view or page type;
 * - copying a citation, a term's note as a popover beside its term, the glossary's filter.
 */
import { scriptedStyles } from './scripted-styles.ts';
import { PLACE } from './storage-keys.ts';

/**
 * The citation as copied: with the day of copying in its access-date slot, and with the URL on the page's own
 * origin, so a mirror or a preview is cited where it was read.
 */
function citationToCopy(p: HTMLElement): string {
  const copy = p.cloneNode(true) as HTMLElement;
  const today = new Date();
  const zh = document.documentElement.lang.startsWith('zh');
  const date = zh
    ? today.toISOString().slice(0, 10)
    : today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  copy.querySelectorAll<HTMLElement>('[data-accessed]').forEach((slot) => {
    slot.textContent = (slot.dataset.accessed ?? '').replace('{date}', date);
  });
  const built = document.documentElement.dataset.site;
  const text = copy.textContent ?? '';
  return built ? text.replaceAll(built, location.origin) : text;
}

/** Copy a citation; its button then says so. */
export function copyCitation(p: HTMLElement, button: HTMLButtonElement, copied: string): void {
  void navigator.clipboard.writeText(citationToCopy(p)).then(() => {
    button.textContent = copied;
  });
}

/** The term whose note is open, focused again when the note closes. */
let opener: HTMLElement | null = null;
let tabbedOut = false;
const watched = new WeakSet<HTMLElement>();

/** Open a gloss mark's note as a popover beside the text instead of jumping to it (once its styles apply). */
export function openGloss(pop: HTMLElement, mark: HTMLElement, note: HTMLElement): void {
  void scriptedStyles().then(() => {
    watch(pop);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'gloss-close';
    close.textContent = pop.dataset.close ?? 'Close';
    close.addEventListener('click', () => pop.hidePopover());
    const body = note.cloneNode(true) as HTMLElement;
    body.removeAttribute('id');
    (body.querySelector('.gloss-foot') ?? body).append(close);
    pop.replaceChildren(...Array.from(body.childNodes));
    opener = mark;
    pop.showPopover();
    place(pop, mark);
    close.focus();
  });
}

/** The popover's keys, its closing and the window's resizing, watched once. */
function watch(pop: HTMLElement): void {
  if (watched.has(pop)) return;
  watched.add(pop);
  // Tab past either end of the note closes it and goes on from the term, as if the note were not there.
  pop.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(pop.querySelectorAll<HTMLElement>('a[href], button'));
    const edge = event.shiftKey ? focusable[0] : focusable.at(-1);
    if (document.activeElement !== edge) return;
    // Focus the term first: a forward Tab then moves on from it; a backward one stays on it.
    tabbedOut = true;
    pop.hidePopover();
    opener?.focus();
    if (event.shiftKey) event.preventDefault();
  });
  pop.addEventListener('toggle', (event) => {
    if (event.newState !== 'closed') return;
    if (!tabbedOut) opener?.focus();
    tabbedOut = false;
  });
  addEventListener('resize', () => pop.matches(':popover-open') && opener && place(pop, opener), { passive: true });
}

/**
 * On a wide screen the note opens beside its term (below it, or above when there is no room);
 * on a phone it stays a sheet at the foot of the screen (the stylesheet's default).
 */
function place(pop: HTMLElement, mark: HTMLElement): void {
  const wide = matchMedia('(min-width: 40.01rem)').matches;
  pop.classList.toggle('beside', wide);
  if (!wide) return;
  const r = mark.getBoundingClientRect();
  const width = pop.offsetWidth;
  const height = pop.offsetHeight;
  const left = Math.min(Math.max(8, r.left), innerWidth - width - 8);
  const below = r.bottom + 6 + height <= innerHeight - 8;
  const top = below ? r.bottom + 6 : Math.max(8, r.top - 6 - height);
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}

const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
let terms: { li: HTMLElement; text: string }[] | undefined;

/** The glossary's filter: Chinese, pinyin with or without tones, or English; empty groups fold away. */
export function filterGlossary(input: HTMLInputElement): void {
  terms ??= Array.from(document.querySelectorAll<HTMLElement>('.term-list > li'), (li) => ({ li, text: plain(li.textContent ?? '') }));
  const none = document.querySelector<HTMLElement>('.term-filter-none');
  const wanted = plain(input.value.trim());
  let shown = 0;
  for (const { li, text } of terms) {
    li.hidden = wanted !== '' && !text.includes(wanted);
    if (!li.hidden) shown += 1;
  }
  for (const list of document.querySelectorAll<HTMLElement>('.term-list')) {
    const empty = !list.querySelector(':scope > li:not([hidden])');
    const heading = list.previousElementSibling;
    if (heading instanceof HTMLElement && heading.matches('h2')) heading.hidden = empty;
    const section = list.closest('section');
    if (section?.parentElement?.classList.contains('by-type')) section.hidden = empty;
  }
  if (none) none.textContent = shown === 0 ? (none.dataset.none ?? '') : '';
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

/**
 * Links that change language, view or page type carry the reader's place: the same page in
 * the other language gets the row's own id, a page of another type its full ID; both keep the
 * query (a search page's query and filters, a search landing's terms). A row the reader chose
 * by its link travels as the fragment (it is the target there too); a row they merely scrolled
 * to travels beside the link and is scrolled to on arrival, so the next page marks no sentence
 * as a permalink's target.
 */
export function carryPlace(a: HTMLAnchorElement): void {
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
    sessionStorage.setItem(PLACE, JSON.stringify({ path: a.pathname, id, at: Date.now() }));
  } catch {
    a.hash = id; // storage blocked: the fragment is the only way to carry the place
  }
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

/**
 * On a phone the header scrolls away with the page and comes back when the reader scrolls up (enhance.ts makes it
 * follow at start). `from` is where the page stood then: the scroll that brought this code counts too.
 */
function headerFollows(from: number): void {
  const root = document.documentElement;
  let last = from;
  const follow = (): void => {
    const y = scrollY;
    if (Math.abs(y - last) < 8) return;
    root.classList.toggle('bar-away', y > last && y > 120);
    last = y;
  };
  follow();
  addEventListener('scroll', follow, { passive: true });
}

/**
 * What follows the reader from their first move on: the header, their place when the view changes, the contents.
 * `from` is where the page stood before that move.
 */
export function followReader(from: number): void {
  // A page with text has popovers to open (a term's note, a word): their styles come now, before the first one.
  if (document.querySelector('#gloss-pop, .t[data-w]')) void scriptedStyles();
  headerFollows(from);
  keepPlaceOnViewChange();
  wordsIgnorePunctuation();
  contentsFollowsReader();
}
