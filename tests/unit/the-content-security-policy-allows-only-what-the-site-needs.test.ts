import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, parsePolicy } from '../../src/lib/security/csp.ts';

it('hashes an inline element by its exact text', () => {
  const sha = createHash('sha256').update('a{color:red}').digest('base64');
  expect(hashSource('a{color:red}')).toBe(`'sha256-${sha}'`);
  expect(hashSource('a{color:red} ')).not.toBe(hashSource('a{color:red}'));
});

it('denies everything by default and allows styles only by hash', () => {
  const policy = parsePolicy(contentSecurityPolicy({ inlineStyles: ['a{}', 'b{}', 'a{}'] }));
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('style-src')).toEqual([hashSource('a{}'), hashSource('b{}')]);
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
});

it('names no other origin, no scheme and nothing unsafe-inline or eval', () => {
  const sources = [...parsePolicy(contentSecurityPolicy({ inlineStyles: ['a{}'] })).values()].flat();
  for (const source of sources) {
    expect(source, source).toMatch(/^'(none|self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/);
  }
});

it('allows style files from its own origin only when the page links them', () => {
  expect(parsePolicy(contentSecurityPolicy({ inlineStyles: [], styleFiles: true })).get('style-src')).toEqual(["'self'"]);
  expect(parsePolicy(contentSecurityPolicy({ inlineStyles: ['a{}'], styleFiles: true })).get('style-src')).toEqual([
    "'self'",
    hashSource('a{}'),
  ]);
});

it('blocks every style when a page has none', () => {
  expect(parsePolicy(contentSecurityPolicy({ inlineStyles: [] })).get('style-src')).toEqual(["'none'"]);
});

it('uses no directive a <meta> policy ignores', () => {
  const names = [...parsePolicy(contentSecurityPolicy({ inlineStyles: [] })).keys()];
  for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) expect(names).not.toContain(ignored);
});
