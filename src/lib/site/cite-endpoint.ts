/** The glue between the citation file endpoints and the pure formats. */
import type { CiteProps } from './static-paths.ts';
import { fileResponse } from './export-endpoint.ts';
import { CITE_MEDIA_TYPES, citationFile, citedUrl } from '../cite/files.ts';
import { currentRelease } from '../records/releases.ts';

export function citeResponse(props: CiteProps, site: URL | undefined): Response {
  const { lang, edition, format, id } = props;
  const doc = edition.document;
  const url = citedUrl({ base: import.meta.env.BASE_URL, site: site?.href ?? '' }, lang, doc, id);
  return fileResponse(citationFile(format, lang, doc, url, id, currentRelease(edition)), CITE_MEDIA_TYPES[format]);
}
