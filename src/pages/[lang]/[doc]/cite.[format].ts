/** /{lang}/{doc}/cite.{txt,bib,ris,json} — the document's citation in each format. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../../lib/site/load.ts';
import { documentCitePaths } from '../../../lib/site/static-paths.ts';
import { citeResponse } from '../../../lib/site/cite-endpoint.ts';

export const getStaticPaths = (async () => documentCitePaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => citeResponse(props, site);
