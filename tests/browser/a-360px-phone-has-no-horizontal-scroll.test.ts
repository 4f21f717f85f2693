/**
 * Each page type on a 360 px phone, every citation open: nothing is wider than the screen. The same visit keeps
 * the page's policy and origin at phone width (support/page-visit.ts).
 */
import { expect, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';
import { visitPageType } from '../support/page-visit.ts';

const browser = useBrowser();
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

for (const [name, type] of pageCases()) {
  it(`${name} fits 360 px with every citation open, and keeps its policy and origin`, async () => {
    await withPage(browser(), phone, async (page) => {
      const visit = await visitPageType(page, type);
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Name what sticks out: an element's box, or a run of text that does not wrap inside its box.
        const name = (el: Element): string =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
        // What a box that fits keeps inside it does not move the page: a row that scrolls sideways in its own box
        // (the view control on a phone), or text a box clips (a visually hidden label).
        const inScroller = (el: Element): boolean => {
          for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
            const overflow = getComputedStyle(box).overflowX;
            if (overflow !== 'visible' && box.getBoundingClientRect().right <= width + 0.5) return true;
          }
          return false;
        };
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el))
          .map(name);
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
      expect.soft(layout, `wider than the screen: ${layout.wide.join(', ')}`).toEqual({ width: 360, scrollWidth: 360, wide: [] });
      await visit.expectPolicyKept();
    });
  });
}
