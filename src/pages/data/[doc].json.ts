/** /data/{doc}.json — the machine-readable export (schema: README, "Data export"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../lib/site/load.ts';
import { toExport } from '../../lib/export/json.ts';
import type { Edition } from '../../lib/records/index.ts';

export const getStaticPaths = (async () =>
  (await loadEditions()).map((edition) => ({ params: { doc: edition.document.slug }, props: { edition } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(toExport((props as { edition: Edition }).edition), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
