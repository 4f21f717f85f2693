/**
 * What the page's controls do once the reader uses them, loaded by enhance.ts on the reader's first press, focus or
 * key (or by the control itself, if that comes first): copying a citation, a term's note as a popover beside its
 * term, the glossary's filter.
 */

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

/** Open a gloss mark's note as a popover beside the text instead of jumping to it. */
export function openGloss(pop: HTMLElement, mark: HTMLElement, note: HTMLElement): void {
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
