/** The citation a page shows for the document or a unit of it: in the page's language, naming the current release. */
import type { PageContext } from '../urls/page-context.ts';
import { currentRelease } from '../records/releases.ts';
import { citationParts, type CitationParts } from '../cite/plain.ts';

export function pageCitation(ctx: Pick<PageContext, 'lang' | 'edition'>, url: string, id?: string): CitationParts {
  return citationParts(ctx.lang, ctx.edition.document, url, id, currentRelease(ctx.edition));
}
