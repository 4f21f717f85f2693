/**
 * The search page at start: only what its first screen needs (the facets stand open beside the results on a wide
 * screen). The search code (search.ts) loads at once when the address holds a search; else when the reader reaches
 * for the form: a pointer over the box, a press, focus, a key, or the form sent.
 */
export {};

type Search = typeof import('./search.ts');
let loading: Promise<Search> | undefined;
let ready = false;
const load = (): Promise<Search> =>
  (loading ??= import('./search.ts').then((m) => {
    ready = true;
    return m;
  }));

const form = document.getElementById('search-form');
const box = document.getElementById('q');
if (location.search.length > 1) void load();
else if (form instanceof HTMLFormElement && box instanceof HTMLInputElement) {
  const facets = document.getElementById('facet-box');
  if (facets instanceof HTMLDetailsElement && matchMedia('(min-width: 60rem)').matches) facets.open = true;
  // Reaching for the box starts the engine too, as it does once the code is here.
  for (const type of ['pointerenter', 'pointerdown', 'focus'] as const)
    box.addEventListener(type, () => void load().then((m) => m.warm()), { once: true });
  for (const type of ['pointerdown', 'focusin', 'keydown'] as const)
    form.addEventListener(type, () => void load(), { once: true, passive: true });
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    void load().then((m) => m.submitted());
  });
}
