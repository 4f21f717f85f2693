import { describe, expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each([
  { width: 375, height: 812, colorScheme: 'light' as const, path: '/zh/trade-2019/measure-14/' },
  { width: 375, height: 812, colorScheme: 'dark' as const, path: '/en/trade-2019/measure-14/' },
  { width: 1280, height: 900, colorScheme: 'light' as const, path: '/en/trade-2019/measure-14/' },
])('at $width px, $colorScheme, $path', ({ width, height, colorScheme, path }) => {
  it('every sentence’s cite control is a named button of ≥ 24 × 24 px, ≥ 3:1, shown without hover, on no other target', async () => {
    await withPage(browser(), { viewport: { width, height }, colorScheme }, async (page) => {
      await page.goto(urlOf(path));
      const controls = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('main .s > .cite > summary'), (summary) => {
          const box = summary.getBoundingClientRect();
          const row = summary.closest('.s');
          // Every other link or control in the row, and whether any of them overlaps the control's box.
          const others = Array.from(row?.querySelectorAll<HTMLElement>('a, button, summary') ?? []).filter((el) => el !== summary);
          const overlaps = others.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
          });
          summary.scrollIntoView({ block: 'center' });
          const c = summary.getBoundingClientRect();
          const hit = document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
          const style = getComputedStyle(summary);
          const glyph = getComputedStyle(summary, '::before');
          return {
            row: row?.id,
            width: box.width,
            height: box.height,
            name: summary.textContent?.trim() ?? '',
            shown: style.visibility === 'visible' && Number(style.opacity) === 1 && glyph.content !== 'none',
            overlaps: overlaps.map((el) => el.className || el.tagName),
            hitsItself: hit === summary || summary.contains(hit),
            colour: glyph.color,
            background: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      expect(controls.length).toBeGreaterThan(3);
      for (const c of controls) {
        expect(c.width, c.row).toBeGreaterThanOrEqual(24);
        expect(c.height, c.row).toBeGreaterThanOrEqual(24);
        expect(c.name, c.row).toMatch(/^(Cite|引用) /);
        expect(c.shown, c.row).toBe(true);
        expect(c.overlaps, c.row).toEqual([]);
        expect(c.hitsItself, c.row).toBe(true);
        expect(contrast(c.colour, c.background), c.row).toBeGreaterThanOrEqual(3);
      }
    });
  });
});
