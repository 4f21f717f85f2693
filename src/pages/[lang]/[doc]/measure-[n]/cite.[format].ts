/** /{lang}/{doc}/measure-{n}/cite.{txt,bib,ris,json} — a measure's citation in each format. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../../../lib/site/load.ts';
import { measureCitePaths } from '../../../../lib/site/static-paths.ts';
import { citeResponse } from '../../../../lib/site/cite-endpoint.ts';

export const getStaticPaths = (async () => measureCitePaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => citeResponse(props, site);
