import type { Lang } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { withBase } from './routes.ts';

/** What every component needs to build links: the page's language, edition, base and origin. */
export interface PageContext {
  readonly lang: Lang;
  readonly edition: Edition;
  /** The configured base, `/` or e.g. `/edition/`. */
  readonly base: string;
  /** The site's origin, for permanent (absolute) URLs. */
  readonly site: string;
}

/** The context of a page being rendered: its language and edition, the configured base and the site's origin. */
export function pageContext(lang: Lang, edition: Edition, site: URL | undefined): PageContext {
  return { lang, edition, base: import.meta.env.BASE_URL, site: site?.href ?? '' };
}

/** What a page about one edition in one language is given. */
export interface EditionPageProps {
  readonly lang: Lang;
  readonly edition: Edition;
}

/** Such a page's language, edition and context, from its props and the configured site. */
export function editionPage(props: EditionPageProps, site: URL | undefined): EditionPageProps & { readonly ctx: PageContext } {
  return { ...props, ctx: pageContext(props.lang, props.edition, site) };
}

/** A site path as an href on this site (with the base). */
export function href(ctx: Pick<PageContext, 'base'>, path: string): string {
  return withBase(ctx.base, path);
}

/** A site path as a permanent absolute URL. */
export function permanentUrl(ctx: Pick<PageContext, 'base' | 'site'>, path: string): string {
  return new URL(withBase(ctx.base, path), ctx.site).href;
}
