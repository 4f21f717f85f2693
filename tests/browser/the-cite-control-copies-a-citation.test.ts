import { describe, expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/**
 * What the copy control puts on the clipboard: the citation as shown, with the day of copying as the access date
 * (GB/T 7714's [date] before the URL in Chinese, "Accessed …" in English) and the URL on the page's own origin.
 */
function asCopied(shown: string | null, lang: 'zh' | 'en', origin: string): string {
  const today = new Date();
  const accessed =
    lang === 'zh'
      ? `[${today.toISOString().slice(0, 10)}]`
      : ` Accessed ${today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
  const url = /\s(https?:\/\/\S+)$/.exec(shown ?? '')?.[1] ?? '';
  const before = (shown ?? '').slice(0, -(url.length + (lang === 'zh' ? 2 : 1)));
  return `${before}${accessed}${lang === 'zh' ? '. ' : ' '}${url.replace(new URL(url).origin, origin)}`;
}
// Reading the clipboard back needs clipboard-read; writing it from a click needs clipboard-write.
const options = { permissions: ['clipboard-read', 'clipboard-write'] };

describe.each([
  ['zh', '已复制'],
  ['en', 'Copied'],
] as const)('in %s', (lang, copied) => {
  it("copies a sentence's citation, exactly as shown, when its Copy button is pressed", async () => {
    await withPage(browser(), options, async (page) => {
      await page.goto(urlOf(`/${lang}/trade-2019/measure-14/`));
      await page.click('#s2 summary');
      const shown = await page.locator('#s2 [data-citation]').textContent();
      expect(shown).toContain(`/${lang}/trade-2019/measure-14/#s2`);
      await page.click('#s2 button.copy');
      await page.locator('#s2 button.copy', { hasText: copied }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(asCopied(shown, lang, new URL(page.url()).origin));
    });
  });

  it("copies the measure's citation from the block under its text", async () => {
    await withPage(browser(), options, async (page) => {
      await page.goto(urlOf(`/${lang}/trade-2019/measure-14/`));
      const shown = await page.locator('.cite-block [data-citation]').textContent();
      await page.click('.cite-block button.copy');
      await page.locator('.cite-block button.copy', { hasText: copied }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(asCopied(shown, lang, new URL(page.url()).origin));
    });
  });
});
