/** /data/{doc}.zh.txt — the word-segmented Chinese source, byte for byte, so its stated SHA-256 can be checked. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { editionPaths } from '../../lib/site/static-paths.ts';
import { sourceFileBytes } from '../../lib/content/files.ts';

export const getStaticPaths = (async () => editionPaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(sourceFileBytes(props.edition), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
