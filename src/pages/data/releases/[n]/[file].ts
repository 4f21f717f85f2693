/** /data/releases/{n}/{file} — every export of every release, for good: frozen releases as frozen, the latest as built. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../../../lib/site/load.ts';
import { releaseArchivePaths } from '../../../../lib/frozen/files.ts';
import { bytesResponse } from '../../../../lib/site/export-endpoint.ts';

export const getStaticPaths = (async () => releaseArchivePaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: file, site }) => {
  return bytesResponse(file.body({ base: import.meta.env.BASE_URL, site: site?.href ?? '' }), file.mediaType);
};
