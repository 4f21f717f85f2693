import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/lib/settings/site-settings.ts';

describe('bad settings are refused, naming the variable and the value', () => {
  it.each([
    [{ BASE_PATH: 'edition' }, 'BASE_PATH must be a plain path: found "edition" with no leading slash'],
    [{ BASE_PATH: '/edition' }, 'BASE_PATH must be a plain path: found "/edition" with no trailing slash'],
    [{ BASE_PATH: '/../' }, 'BASE_PATH must be a plain path: found "/../" with a . or .. segment'],
    [{ BASE_PATH: '/a/../b/' }, 'BASE_PATH must be a plain path: found "/a/../b/" with a . or .. segment'],
    [{ BASE_PATH: '//evil.example/' }, 'BASE_PATH must be a plain path: found "//evil.example/" with an empty segment (//)'],
    [{ SITE: 'trade.example' }, 'SITE must be an http(s) origin such as https://example.org, found "trade.example" (not a URL)'],
    [{ SITE: 'ftp://trade.example' }, 'found "ftp://trade.example" with scheme ftp:'],
    [{ SITE: 'https://trade.example/edition/' }, 'found "https://trade.example/edition/" with path /edition/'],
    [{ SITE: 'https://user:pw@trade.example' }, 'with credentials'],
    [{ SITE: 'https://trade.example?x' }, 'with query ?x'],
    [{ NETLIFY: 'true', URL: 'javascript:alert(1)' }, 'URL must be an http(s) origin'],
    // Only what a URL path or an origin needs: a quote would land inside every script tag's attribute.
    [
      { BASE_PATH: '/"onerror="alert(1)"x/' },
      'found "/"onerror="alert(1)"x/" with the character " (U+0022), which a URL path does not need',
    ],
    [{ BASE_PATH: '/<x>/' }, 'with the character < (U+003C), which a URL path does not need'],
    [{ BASE_PATH: '/a\u0001b/' }, 'with the character U+0001, which a URL path does not need'],
    [{ BASE_PATH: '/édition/' }, 'with the character U+00E9, which a URL path does not need'],
    [{ BASE_PATH: '/:splat/' }, 'with the character : (U+003A), which a URL path does not need'],
    [{ BASE_PATH: '/*/' }, 'with the character * (U+002A), which a URL path does not need'],
    [{ SITE: 'https://exa"mple.org' }, 'found "https://exa"mple.org" with the character " (U+0022), which an origin does not need'],
    [{ SITE: 'https:\\\\evil.example' }, 'with the character \\ (U+005C), which an origin does not need'],
  ])('%j', (env, message) => {
    expect(() => resolveSettings(env)).toThrow(message);
  });
});

describe('good settings resolve to an origin and a base', () => {
  it.each([
    [{}, { site: 'http://localhost:4321', base: '/', preview: true, source: 'preview' }],
    [{ BASE_PATH: '/edition/' }, { site: 'http://localhost:4321', base: '/edition/', preview: true, source: 'preview' }],
    [{ SITE: 'https://trade.example/' }, { site: 'https://trade.example', base: '/', preview: false, source: 'SITE' }],
    [
      { SITE: 'https://trade.example:8443', BASE_PATH: '/a/b/' },
      { site: 'https://trade.example:8443', base: '/a/b/', preview: false, source: 'SITE' },
    ],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Owner/trade-edition' },
      { site: 'https://owner.github.io', base: '/trade-edition/', preview: false, source: 'github-pages' },
    ],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'owner/owner.github.io' },
      { site: 'https://owner.github.io', base: '/', preview: false, source: 'github-pages' },
    ],
    [
      { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://trade.netlify.app', DEPLOY_PRIME_URL: 'https://x--trade.netlify.app' },
      { site: 'https://trade.netlify.app', base: '/', preview: false, source: 'netlify' },
    ],
    [
      { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://trade.netlify.app', DEPLOY_PRIME_URL: 'https://x--trade.netlify.app' },
      { site: 'https://x--trade.netlify.app', base: '/', preview: false, source: 'netlify' },
    ],
    [
      { CF_PAGES: '1', CF_PAGES_URL: 'https://abc.trade.pages.dev' },
      { site: 'https://abc.trade.pages.dev', base: '/', preview: false, source: 'cloudflare-pages' },
    ],
    // An explicit SITE wins over the host's variables.
    [
      { SITE: 'https://trade.example', CF_PAGES_URL: 'https://abc.trade.pages.dev' },
      { site: 'https://trade.example', base: '/', preview: false, source: 'SITE' },
    ],
  ])('%j', (env, expected) => {
    expect(resolveSettings(env)).toEqual(expected);
  });
});

// The build itself stops: Astro loads astro.config.mjs first, so a bad value fails before anything is written.
it.each([
  ['BASE_PATH', 'edition'],
  ['SITE', 'ftp://trade.example'],
])('the build configuration refuses %s=%s', (name, value) => {
  const run = spawnSync(
    process.execPath,
    ['-e', "import('./astro.config.mjs').then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })"],
    {
      env: { PATH: process.env.PATH, [name]: value },
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${name} must be`);
});
