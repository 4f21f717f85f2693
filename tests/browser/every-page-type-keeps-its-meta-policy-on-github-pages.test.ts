/**
 * The site as GitHub Pages serves it (README, "Deploying"): a project site under a sub-folder, no headers of its
 * own (GitHub Pages cannot set them, so `_headers` is only a file), its 404.html for an unknown address. The
 * policy is then the <meta> alone: every page type, the not-found page included, declares it, the browser reports
 * no violation, and the stylesheet applies.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pagePolicy } from '../../src/lib/security/csp.ts';
import { useBrowser, withPage } from '../support/browser.ts';
import { pageCases, type PageType } from '../support/page-types.ts';
import { visitPageType } from '../support/page-visit.ts';
import { SUB_PATH, siteUnderSubPath } from '../support/site-under-sub-path.ts';
import { expectStyled } from '../support/stylesheets.ts';

const browser = useBrowser();
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteUnderSubPath(inject('distDir')), { base: SUB_PATH });
});
afterAll(() => server.close());

const NOT_FOUND: PageType = { name: 'not found', path: '/en/trade-2019/no-such-page/' };
const cases: [string, PageType, number][] = [
  ...pageCases().map(([name, type]): [string, PageType, number] => [name, type, 200]),
  [`${NOT_FOUND.name} ${NOT_FOUND.path}`, NOT_FOUND, 404],
];

it.each(cases)(`%s under ${SUB_PATH} keeps the policy its <meta> declares, and is styled`, async (_name, type, status) => {
  await withPage(browser(), {}, async (page) => {
    const visit = await visitPageType(page, type, server.url);
    expect(visit.response?.status()).toBe(status);
    expect(visit.response?.headers()['content-security-policy'], 'a policy header GitHub Pages would not send').toBeUndefined();
    expect.soft(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(pagePolicy());
    await expectStyled(page, SUB_PATH);
    await visit.expectPolicyKept();
  });
});
