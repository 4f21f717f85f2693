/** What the edition keeps in the reader's browser storage, under these keys only. */

/** The parallel-text view (both / 中文 / English), across pages. */
export const VIEW = 'edition.view';
/** Where a link that keeps the reader's place leaves it for the next page (this tab only). */
export const PLACE = 'edition.place';
/** A reading mode (word boundaries, annotations hidden, hover lookup), across pages, by its switch's id. */
export const mode = (id: string): string => `edition.${id}`;
/** The reading aids that change the Chinese text, across pages: pinyin as ruby, traditional characters. */
export const AIDS = { pinyin: 'edition.pinyin', trad: 'edition.traditional' } as const;
/** That the reader has opened a page before: the offline worker is registered from their second page on. */
export const SEEN = 'edition:seen';
