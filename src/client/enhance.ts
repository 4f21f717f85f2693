/**
 * Optional enhancements; every page works fully without them.
 * - remembers the parallel-text view (both / 中文 / English) across pages;
 * - keeps the reader's sentence when switching language (#s2 carries over);
 * - adds a Copy button to each citation.
 */
const KEY = 'edition.view';

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

function keepHashOnLanguageSwitch(): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]').forEach((a) =>
    a.addEventListener('click', () => {
      if (location.hash) a.hash = location.hash;
    }),
  );
}

function addCopyButtons(): void {
  if (!navigator.clipboard) return;
  const label = document.documentElement.lang.startsWith('zh') ? ['复制', '已复制'] : ['Copy', 'Copied'];
  document.querySelectorAll<HTMLElement>('[data-citation]').forEach((p) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = label[0] ?? 'Copy';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(p.textContent ?? '').then(() => {
        button.textContent = label[1] ?? 'Copied';
      });
    });
    p.after(button);
  });
}

restoreView();
keepHashOnLanguageSwitch();
addCopyButtons();

/** Open a gloss mark's note as a popover beside the text instead of jumping to it. */
function glossPopovers(): void {
  const pop = document.getElementById('gloss-pop');
  if (!pop || typeof pop.showPopover !== 'function') return;
  let opener: HTMLElement | null = null;
  document.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.a') : null;
    const note = mark ? document.getElementById(decodeURIComponent(mark.hash.slice(1))) : null;
    if (!mark || !note) return;
    event.preventDefault();
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
    close.focus();
  });
  pop.addEventListener('toggle', (event) => {
    if (event.newState === 'closed') opener?.focus();
  });
}

glossPopovers();

/** Arriving from a search result: highlight its terms (the code loads only then). */
const landing = new URLSearchParams(location.search);
if (landing.has('q') && !document.getElementById('search-form')) {
  const terms = landing.getAll('hl');
  void import('./highlight.ts').then((m) => m.highlight(terms.length > 0 ? terms : [landing.get('q') ?? '']));
}

/** Offline reading and search: the service worker caches the whole edition after the first visit. */
// Registered once the page is idle, so caching the edition never competes with reading or a first search.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const base = document.documentElement.dataset.base ?? '/';
  const register = (): void => {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      /* offline reading is an extra; the site works without it */
    });
  };
  const idle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 2000);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
