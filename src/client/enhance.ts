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
