import { expect, it } from 'vitest';
import type { Element } from 'hast';
import { hashSource, parsePolicy } from '../../src/lib/security/csp.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { attr, elements, parseHtml, textOf } from '../support/html.ts';

const pages = builtPages();

it('has pages to check', () => {
  expect(pages.length).toBeGreaterThan(70);
});

it.each(pages)('%s', (path) => {
  const root = parseHtml(readPage(path));
  const all = elements(root);
  const head = all.find((el) => el.tagName === 'head');
  const headElements = (head?.children ?? []).filter((c): c is Element => c.type === 'element');
  // The charset must come first; a meta policy then only governs what follows it.
  expect(headElements.slice(0, 2).map((el) => attr(el, 'httpEquiv') ?? (attr(el, 'charSet') ? 'charset' : el.tagName))).toEqual([
    'charset',
    'Content-Security-Policy',
  ]);
  const policy = parsePolicy(attr(headElements[1] as Element, 'content') ?? '');
  expect(policy.get('default-src')).toEqual(["'none'"]);

  for (const el of all) {
    // Data blocks (JSON-LD, the search page's labels) are never executed, so the policy does not govern them.
    const dataBlock = ['application/ld+json', 'application/json'].includes(attr(el, 'type') ?? '');
    if (el.tagName === 'script' && !dataBlock) expect(attr(el, 'src'), 'an inline <script>').toBeDefined();
    expect(attr(el, 'style'), `a style attribute on <${el.tagName}>`).toBeUndefined();
    const handlers = Object.keys(el.properties).filter((name) => /^on[A-Z]/.test(name));
    expect(handlers, `event-handler attributes on <${el.tagName}>`).toEqual([]);
  }
  const styleSources = policy.get('style-src') ?? [];
  for (const style of all.filter((el) => el.tagName === 'style')) {
    expect(styleSources, 'the hash of an inline <style>').toContain(hashSource(textOf(style)));
  }
});
