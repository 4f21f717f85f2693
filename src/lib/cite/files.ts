/**
 * The citation files of the document, a measure or a measure sentence, in
 * every format, as served at …/cite.{txt,bib,ris,json} beside their page.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Document } from '../records/index.ts';
import { measureFragment, parseId } from '../records/ids.ts';
import { paths, type CiteFormat } from '../site/routes.ts';
import { permanentUrl } from '../site/page-context.ts';
import { bibtex } from './bibtex.ts';
import { cslJson } from './csl.ts';
import { citationData } from './model.ts';
import { plainCitation } from './plain.ts';
import { ris } from './ris.ts';

export const CITE_MEDIA_TYPES: Record<CiteFormat, string> = {
  txt: 'text/plain',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/** Where the document, a measure (`m14`) or a measure sentence (`m14.s2`) lives, as a permanent URL. */
export function citedUrl(site: { base: string; site: string }, lang: Lang, doc: Document, id?: string): string {
  const unit = id === undefined ? undefined : parseId(id);
  if (unit?.kind === 'measure') return permanentUrl(site, paths.measure(lang, doc.slug, unit.measure));
  if (unit?.kind === 'measure-sentence') return `${permanentUrl(site, paths.measure(lang, doc.slug, unit.measure))}#${measureFragment(unit)}`;
  return permanentUrl(site, paths.document(lang, doc.slug));
}

export function citationFile(format: CiteFormat, lang: Lang, doc: Document, url: string, id?: string): string {
  switch (format) {
    case 'txt':
      return `${plainCitation(lang, doc, url, id)}\n`;
    case 'bib':
      return bibtex(citationData(lang, doc, url, id));
    case 'ris':
      return ris(citationData(lang, doc, url, id));
    case 'json':
      return cslJson(citationData(lang, doc, url, id));
  }
}
