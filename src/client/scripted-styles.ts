/**
 * The styles of what only a script shows (src/styles/scripted.css: the popover of a term's note or of a word, pinyin
 * as ruby), linked the first time a script needs them rather than by the page: they are no part of its first screen.
 */
import href from '../styles/scripted.css?url';

let linked: Promise<void> | undefined;

/** Link the stylesheet, once. Resolves when it applies, or has failed (a popover then shows plain, not never). */
export function scriptedStyles(): Promise<void> {
  return (linked ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done(), { once: true });
    document.head.append(link);
  }));
}
