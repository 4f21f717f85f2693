/**
 * The landing page's search box: a query opens the search page of the
 * interface its script belongs to (Chinese or English), else of the
 * reader's language. Without JavaScript the form opens the Chinese one.
 */
import { interfaceFor } from '../lib/search/interface.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-en]')) {
  form.addEventListener('submit', (event) => {
    const q = new FormData(form).get('q');
    const query = typeof q === 'string' ? q : '';
    if (interfaceFor(query, navigator.languages) !== 'en') return;
    event.preventDefault();
    const url = new URL(form.dataset.searchEn ?? '', location.href);
    url.searchParams.set('q', query);
    location.assign(url.href);
  });
}
