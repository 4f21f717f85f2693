/** /data/{doc}.csv — one row per sentence, RFC 4180, UTF-8 with a byte-order mark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { editionPaths } from '../../lib/site/static-paths.ts';
import { dataFile } from '../../lib/export/files.ts';
import { exportContext, serve } from '../../lib/export/endpoint.ts';
import type { Edition } from '../../lib/records/index.ts';

export const getStaticPaths = (async () => editionPaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => serve(dataFile((props as { edition: Edition }).edition, exportContext(site), 'csv'));
