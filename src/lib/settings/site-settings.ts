/**
 * Where the edition is published: its origin (SITE) and the folder under it
 * (BASE_PATH). Canonical URLs, citations and exports are built from these,
 * so they are resolved once, here, and validated: a bad value stops the build
 * with a message naming the variable, what was found and what was expected.
 *
 * In order of preference:
 *   1. SITE (and BASE_PATH) set explicitly;
 *   2. the host's own deploy variables: GitHub Actions (GITHUB_REPOSITORY →
 *      https://{owner}.github.io/{repo}/), Netlify (URL, or DEPLOY_PRIME_URL
 *      for previews), Cloudflare Pages (CF_PAGES_URL);
 *   3. none: a preview build, whose URLs name the local origin that
 *      `npm start` serves, and whose pages say they are a preview.
 */

/** The origin `npm start` serves a preview build at. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

export type SettingsSource = 'SITE' | 'github-pages' | 'netlify' | 'cloudflare-pages' | 'preview';

export interface SiteSettings {
  /** The origin, without a trailing slash: `https://example.org`. */
  readonly site: string;
  /** The folder the edition lives in, with leading and trailing slash: `/` or `/edition/`. */
  readonly base: string;
  /** True when no origin was given: citations then name the local origin. */
  readonly preview: boolean;
  /** Where the origin came from. */
  readonly source: SettingsSource;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** `SITE` must be an http(s) origin: scheme, host, optional port; no path, query, fragment or credentials. */
export function validateOrigin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`${name} must be an http(s) origin such as https://example.org, found "${value}" (not a URL)`);
  }
  const problem =
    url.protocol !== 'http:' && url.protocol !== 'https:'
      ? `scheme ${url.protocol}`
      : url.username || url.password
        ? 'credentials'
        : url.pathname !== '/'
          ? `path ${url.pathname}`
          : url.search
            ? `query ${url.search}`
            : url.hash
              ? `fragment ${url.hash}`
              : // The URL parser drops an empty query or fragment; the raw text must not carry one either.
                /[?#]/.test(value)
                ? 'an empty query or fragment'
                : // The parser also mends what an origin never holds (a quote in a host, `\\` for `//`): refuse it raw.
                  strayCharacter(value, /[A-Za-z0-9.:/[\]-]/, 'an origin');
  if (problem) {
    throw new SettingsError(
      `${name} must be an http(s) origin such as https://example.org (put a sub-folder in BASE_PATH), found "${value}" with ${problem}`,
    );
  }
  return url.origin;
}

/** The first character of `value` outside `allowed` (one character's class), as an error's detail. */
function strayCharacter(value: string, allowed: RegExp, what: string): string | undefined {
  const c = [...value].find((ch) => !allowed.test(ch));
  if (c === undefined) return undefined;
  const hex = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `the character ${/^[\x21-\x7e]$/.test(c) ? `${c} (${hex})` : hex}, which ${what} does not need`;
}

/** `BASE_PATH` must be a path with a leading and trailing slash, without `..`, `.` or empty segments. */
export function validateBase(value: string): string {
  const expected = 'expected a path with a leading and trailing slash, such as / or /edition/';
  const problem = !value.startsWith('/')
    ? 'no leading slash'
    : !value.endsWith('/')
      ? 'no trailing slash'
      : value.includes('//')
        ? 'an empty segment (//)'
        : value.split('/').some((seg) => seg === '..' || seg === '.')
          ? 'a . or .. segment'
          : /[\s?#%\\]/.test(value)
            ? 'a space, ?, #, % or backslash'
            : // Only what a path segment needs unescaped (RFC 3986 unreserved): a quote or < would land in attributes.
              strayCharacter(value, /[A-Za-z0-9._~/-]/, 'a URL path');
  if (problem) throw new SettingsError(`BASE_PATH must be a plain path: found "${value}" with ${problem}; ${expected}`);
  return value;
}

/** An origin plus the path of a deploy URL, as host variables give them (`https://x.netlify.app`). */
function fromDeployUrl(name: string, value: string, source: SettingsSource, env: Environment): SiteSettings {
  const site = validateOrigin(name, value.replace(/\/+$/, ''));
  return { site, base: validateBase(env.BASE_PATH ?? '/'), preview: false, source };
}

/** Pure: the settings for an environment (process.env at build time). Throws SettingsError on a bad value. */
export function resolveSettings(env: Environment): SiteSettings {
  const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
  if (set(env.SITE)) {
    return { site: validateOrigin('SITE', env.SITE.trim()), base: validateBase(env.BASE_PATH ?? '/'), preview: false, source: 'SITE' };
  }
  if (env.GITHUB_ACTIONS === 'true' && set(env.GITHUB_REPOSITORY)) {
    const [owner = '', repo = ''] = env.GITHUB_REPOSITORY.split('/');
    const host = `${owner.toLowerCase()}.github.io`;
    // A repository named {owner}.github.io is served at the root; any other under /{repo}/.
    const base = env.BASE_PATH ?? (repo.toLowerCase() === host ? '/' : `/${repo}/`);
    return {
      site: validateOrigin('GITHUB_REPOSITORY', `https://${host}`),
      base: validateBase(base),
      preview: false,
      source: 'github-pages',
    };
  }
  if (env.NETLIFY === 'true') {
    // Production deploys use the site's main URL; deploy previews and branch deploys their own.
    const production = env.CONTEXT === undefined || env.CONTEXT === 'production';
    const name = production ? 'URL' : 'DEPLOY_PRIME_URL';
    const value = production ? env.URL : env.DEPLOY_PRIME_URL;
    if (set(value)) return fromDeployUrl(name, value, 'netlify', env);
  }
  if (set(env.CF_PAGES_URL)) return fromDeployUrl('CF_PAGES_URL', env.CF_PAGES_URL, 'cloudflare-pages', env);
  return { site: PREVIEW_ORIGIN, base: validateBase(env.BASE_PATH ?? '/'), preview: true, source: 'preview' };
}

let cached: SiteSettings | undefined;

/** The build's settings, from process.env, resolved once. */
export function siteSettings(): SiteSettings {
  cached ??= resolveSettings(process.env);
  return cached;
}
