/** /data/{doc}.annotations.jsonld — the annotation layer as W3C Web Annotations (an AnnotationCollection). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { editionPaths } from '../../lib/site/static-paths.ts';
import { dataFile } from '../../lib/export/files.ts';
import { exportContext, serve } from '../../lib/site/export-endpoint.ts';

export const getStaticPaths = (async () => editionPaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  serve(dataFile(props.edition, exportContext(site), 'annotations'));
