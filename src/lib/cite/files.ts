/**
 * The citation files of the document, a measure or a measure sentence, in
 * every format, as served at …/cite.{txt,bib,ris,json} beside their page.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { citedPlace, paths, type CiteFormat } from '../urls/routes.ts';
import { permanentUrl } from '../urls/page-context.ts';
import { bibtex } from './bibtex.ts';
import { cslJson } from './csl.ts';
import { citationData, type CitedRelease } from './model.ts';
import { plainCitation } from './plain.ts';
import { ris } from './ris.ts';

export const CITE_MEDIA_TYPES: Record<CiteFormat, string> = {
  txt: 'text/plain',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/** Where the document, a part (`p5`), a measure (`m14`) or a measure sentence (`m14.s2`) lives, as a permanent URL. */
export function citedUrl(site: { base: string; site: string }, lang: Lang, doc: Document, id?: string): string {
  const { page, fragment } = citedPlace(lang, doc.slug, id);
  const url = permanentUrl(site, page ?? paths.document(lang, doc.slug));
  return fragment === undefined ? url : `${url}#${fragment}`;
}

export function citationFile(format: CiteFormat, lang: Lang, doc: Document, url: string, id?: string, release?: CitedRelease): string {
  switch (format) {
    case 'txt':
      return `${plainCitation(lang, doc, url, id, release)}\n`;
    case 'bib':
      return bibtex(citationData(lang, doc, url, id, release));
    case 'ris':
      return ris(citationData(lang, doc, url, id, release));
    case 'json':
      return cslJson(citationData(lang, doc, url, id, release));
  }
}
