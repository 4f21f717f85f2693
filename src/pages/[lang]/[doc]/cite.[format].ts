/** /{lang}/{doc}/cite.{txt,bib,ris,json} — the document's citation in each format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../../lib/site/load.ts';
import { documentCitePaths, type CiteProps } from '../../../lib/site/static-paths.ts';
import { citeResponse } from '../../../lib/cite/endpoint.ts';

export const getStaticPaths = (async () => documentCitePaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => citeResponse(props as CiteProps, site);
