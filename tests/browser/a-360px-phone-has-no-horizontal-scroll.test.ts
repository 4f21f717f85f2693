import { expect, it } from 'vitest';
import { openCitations, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

for (const [name, { path, prepare }] of pageCases()) {
  it(`${name} fits 360 px with every citation open`, async () => {
    await withPage(browser(), phone, async (page) => {
      await page.goto(urlOf(path));
      await prepare?.(page);
      await openCitations(page);
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Name what sticks out: an element's box, or a run of text that does not wrap inside its box.
        const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
        // A row that scrolls sideways inside its own box (the view control on a phone) does not move the page.
        const inScroller = (el: Element): boolean => {
          for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
            const overflow = getComputedStyle(box).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && box.getBoundingClientRect().right <= width + 0.5) return true;
          }
          return false;
        };
        const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el)).map(name);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          if (range.getBoundingClientRect().right > width + 0.5 && node.parentElement && !inScroller(node.parentElement)) {
            wide.push(`text in ${name(node.parentElement)}: "${(node.textContent ?? '').trim().slice(0, 24)}…"`);
          }
        }
        return { width, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
      });
      expect(layout, `wider than the screen: ${layout.wide.join(', ')}`).toEqual({ width: 360, scrollWidth: 360, wide: [] });
    });
  });
}
