/** /data/{doc}.words.json — every word with pinyin, traditional form, senses and occurrences (schema: /data/schema/words-v1.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { editionPaths } from '../../lib/site/static-paths.ts';
import { dataFile } from '../../lib/export/files.ts';
import { exportContext, serve } from '../../lib/export/endpoint.ts';
import type { Edition } from '../../lib/records/index.ts';

export const getStaticPaths = (async () => editionPaths(await loadEditions())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => serve(dataFile((props as { edition: Edition }).edition, exportContext(site), 'words'));
