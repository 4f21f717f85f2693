/** /data/{doc}.tei.xml — both texts, their alignment and the annotation layer as one TEI P5 document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { editionPaths } from '../../lib/site/static-paths.ts';
import { dataFile } from '../../lib/export/files.ts';
import { exportContext, serve } from '../../lib/site/export-endpoint.ts';

export const getStaticPaths = (async () => editionPaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  serve(dataFile(props.edition, exportContext(site), 'tei'));
