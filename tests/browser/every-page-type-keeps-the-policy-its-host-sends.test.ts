/**
 * The site as a deploy to Cloudflare Pages or Netlify serves it: the tests' server is the host's own runtime
 * (support/global-setup.ts), which applies dist/_headers, the 404 page and the redirects. Every page type, the
 * not-found page included, arrives with the Content-Security-Policy header, the browser reports no violation of
 * that header or of the page's <meta>, and the stylesheet applies.
 */
import { expect, it } from 'vitest';
import { pagePolicy } from '../../src/lib/security/csp.ts';
import { useBrowser, withPage } from '../support/browser.ts';
import { pageCases, type PageType } from '../support/page-types.ts';
import { visitPageType } from '../support/page-visit.ts';
import { expectStyled } from '../support/stylesheets.ts';

const browser = useBrowser();

/** An address with no page: the host answers it with 404.html. */
const NOT_FOUND: PageType = { name: 'not found', path: '/en/trade-2019/no-such-page/' };

const cases: [string, PageType, number][] = [
  ...pageCases().map(([name, type]): [string, PageType, number] => [name, type, 200]),
  [`${NOT_FOUND.name} ${NOT_FOUND.path}`, NOT_FOUND, 404],
];

it.each(cases)('%s is sent with the policy it declares, keeps it, and is styled', async (_name, type, status) => {
  await withPage(browser(), {}, async (page) => {
    const visit = await visitPageType(page, type);
    expect(visit.response?.status()).toBe(status);
    // Sent by the host from _headers: the proof that this test sees what a deploy sends.
    expect.soft(visit.response?.headers()['content-security-policy'], 'the policy header').toBe(`${pagePolicy()}; frame-ancestors 'none'`);
    await expectStyled(page);
    await visit.expectPolicyKept();
  });
});
