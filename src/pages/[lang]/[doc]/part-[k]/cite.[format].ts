/** /{lang}/{doc}/part-{k}/cite.{txt,bib,ris,json} — a part's citation in each format. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../../../lib/site/load.ts';
import { partCitePaths } from '../../../../lib/site/static-paths.ts';
import { citeResponse } from '../../../../lib/site/cite-endpoint.ts';

export const getStaticPaths = (async () => partCitePaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => citeResponse(props, site);
