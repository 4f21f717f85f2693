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

/**
 * Where readers report an error in the text: REPORT_URL (an http(s) URL or a mailto: address), else, on
 * GitHub Actions, the repository's issue tracker (GITHUB_SERVER_URL, GITHUB_REPOSITORY); else none, and
 * the pages say what to include without a channel.
 */
export interface ReportChannel {
  readonly url: string;
  /** A GitHub issue tracker takes a prefilled new issue; a mailto: address a prefilled message; any other URL is linked as it is. */
  readonly kind: 'github-issues' | 'mailto' | 'url';
  readonly source: 'REPORT_URL' | 'github';
}

/** The value as an http(s) URL, or undefined when it is not one. */
function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const GITHUB_ISSUES = /^https:\/\/github\.com\/[^/?#]+\/[^/?#]+\/issues\/?$/;

export function resolveReportChannel(env: Environment): ReportChannel | undefined {
  const value = env.REPORT_URL?.trim();
  if (value) {
    if (/^mailto:[^@\s]+@[^@\s]+$/.test(value)) return { url: value, kind: 'mailto', source: 'REPORT_URL' };
    const url = httpUrl(value);
    if (!url) {
      throw new SettingsError(
        `REPORT_URL must be an http(s) URL or a mailto: address such as mailto:editors@example.org, found "${value}"`,
      );
    }
    return { url: url.href, kind: GITHUB_ISSUES.test(url.href) ? 'github-issues' : 'url', source: 'REPORT_URL' };
  }
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const url = `${server}/${env.GITHUB_REPOSITORY}/issues`;
    return { url, kind: GITHUB_ISSUES.test(url) ? 'github-issues' : 'url', source: 'github' };
  }
  return undefined;
}

/**
 * The issuers' own publication of the text, linked only once someone has checked the address:
 * OFFICIAL_TEXT_URL (http(s)) with OFFICIAL_TEXT_CHECKED, the day it was checked (YYYY-MM-DD). Without
 * them the data page names the publishers without a link.
 */
export interface OfficialSource {
  readonly url: string;
  readonly checked: string;
}

export function resolveOfficialSource(env: Environment): OfficialSource | undefined {
  const value = env.OFFICIAL_TEXT_URL?.trim();
  const checked = env.OFFICIAL_TEXT_CHECKED?.trim();
  if (!value && !checked) return undefined;
  if (!value)
    throw new SettingsError(`OFFICIAL_TEXT_CHECKED is set ("${checked ?? ''}") but OFFICIAL_TEXT_URL is not: set both, or neither`);
  const url = httpUrl(value);
  if (!url) throw new SettingsError(`OFFICIAL_TEXT_URL must be an http(s) URL, found "${value}"`);
  const day = checked && /^\d{4}-\d{2}-\d{2}$/.test(checked) ? new Date(`${checked}T00:00:00Z`) : undefined;
  if (!checked || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== checked) {
    throw new SettingsError(
      `OFFICIAL_TEXT_CHECKED must be the day the link was checked, as YYYY-MM-DD, found "${checked ?? ''}" (a link is given only with its date)`,
    );
  }
  return { url: url.href, checked };
}

let links: { report: ReportChannel | undefined; official: OfficialSource | undefined } | undefined;

/** The build's report channel and official source, from process.env, resolved once. */
export function editionLinks(): { report: ReportChannel | undefined; official: OfficialSource | undefined } {
  links ??= { report: resolveReportChannel(process.env), official: resolveOfficialSource(process.env) };
  return links;
}
