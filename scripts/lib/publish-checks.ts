/**
 * What the build checks in the finished site before it replaces dist/: a deploy runs only `npm run build`, so a
 * fault a test would catch must stop the build too. Two kinds of check:
 * - site checks look at the whole tree (every URL of the manifest is still built);
 * - export checks look at each published file whose path they match (every XML file is well-formed). A further
 *   check of an export (a schema, say) joins EXPORT_CHECKS and runs on every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml } from '../../src/lib/export/xml-tree.ts';
import { checkManifest, parseManifest, publicUrls } from '../../src/lib/urls/manifest.ts';

/** A built site: its files as `/`-rooted paths, and a reader. */
export interface BuiltSite {
  readonly files: readonly string[];
  readonly read: (path: string) => string;
}

export interface SiteCheck {
  readonly name: string;
  /** What is wrong with the site, one line each; empty when it passes. */
  readonly check: (site: BuiltSite) => readonly string[];
}

export interface ExportCheck {
  readonly name: string;
  /** The published paths this check reads. */
  readonly files: RegExp;
  /** What is wrong with one file, one line each; empty when it passes. */
  readonly check: (text: string, path: string) => readonly string[];
}

/** The manifest of every URL ever published (tests/url-manifest.txt): none may disappear. */
export const URL_MANIFEST = 'tests/url-manifest.txt';

export const manifestCheck = (manifest: readonly string[]): SiteCheck => ({
  name: 'every URL ever published is still built',
  check: (site) =>
    checkManifest(manifest, publicUrls(site.files)).missing.map(
      (url) => `${url}: in ${URL_MANIFEST} but not built; a published URL never disappears (keep a redirect page at it, README "URLs")`,
    ),
});

export const EXPORT_CHECKS: readonly ExportCheck[] = [
  {
    name: 'every XML file is well-formed',
    files: /\.xml$/,
    check: (text) => {
      try {
        parseXml(text);
        return [];
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
    },
  },
];

/** Every problem the checks find, each prefixed with the check's name; empty when the site may be published. */
export function publishProblems(
  site: BuiltSite,
  siteChecks: readonly SiteCheck[],
  exportChecks: readonly ExportCheck[] = EXPORT_CHECKS,
): string[] {
  const problems = siteChecks.flatMap((c) => c.check(site).map((p) => `${c.name}: ${p}`));
  for (const c of exportChecks)
    for (const path of site.files.filter((f) => c.files.test(f)))
      problems.push(...c.check(site.read(path), path).map((p) => `${c.name}: ${path}: ${p}`));
  return problems;
}

/** The site built in `dir`, read lazily. */
export function builtSite(dir: string): BuiltSite {
  const files: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return { files: files.sort(), read: (path) => readFileSync(join(dir, path), 'utf8') };
}

/** The manifest file's URLs. */
export function readUrlManifest(file = URL_MANIFEST): string[] {
  return parseManifest(readFileSync(file, 'utf8'));
}
