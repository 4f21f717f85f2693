/** What the edition keeps in the reader's browser storage, under these keys only. */

/** The parallel-text view (both / 中文 / English), across pages. */
export const VIEW = 'edition.view';
/** Where a link that keeps the reader's place leaves it for the next page (this tab only). */
export const PLACE = 'edition.place';
