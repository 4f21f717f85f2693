/**
 * One page of each type, in each language: the pages the browser gates
 * (accessibility, other origins, CSP, narrow screens) visit. Adding a page
 * type is one line here. A page that is not in the built site yet (a type a
 * teammate is still building) is skipped with its reason, not failed; once
 * it is built it is checked like every other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface PageType {
  /** What the page is, as it reads in a test name. */
  readonly name: string;
  /** Its site path, without the base. */
  readonly path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'landing (bilingual)', path: '/' },
  { name: 'document, zh', path: '/zh/trade-2019/' },
  { name: 'document, en', path: '/en/trade-2019/' },
  { name: 'part, zh', path: '/zh/trade-2019/part-5/' },
  { name: 'part, en', path: '/en/trade-2019/part-5/' },
  { name: 'measure, zh', path: '/zh/trade-2019/measure-14/' },
  { name: 'measure, en', path: '/en/trade-2019/measure-14/' },
  // Coming from teammates; checked as soon as the build has them.
  { name: 'glossary, zh', path: '/zh/glossary/' },
  { name: 'glossary, en', path: '/en/glossary/' },
  { name: 'term, zh', path: '/zh/glossary/cross-border-e-commerce/' },
  { name: 'term, en', path: '/en/glossary/cross-border-e-commerce/' },
  { name: 'theme, zh', path: '/zh/themes/' },
  { name: 'theme, en', path: '/en/themes/' },
  { name: 'search, zh', path: '/zh/search/' },
  { name: 'search, en', path: '/en/search/' },
];

/** True when the built site has this page. */
export function isBuilt(path: string, dist = inject('distDir')): boolean {
  return existsSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''));
}

/** Each page type as [test name, page], the name saying why a page is skipped. */
export function pageCases(): [string, PageType, boolean][] {
  return PAGE_TYPES.map((page) => {
    const built = isBuilt(page.path);
    return [built ? `${page.name} ${page.path}` : `${page.name} ${page.path} (skipped: not in the built site yet)`, page, built];
  });
}
