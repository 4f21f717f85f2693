/** /sitemap.xml — every page, with its other-language alternate. */
import type { APIRoute } from 'astro';
import { loadEditions } from '../lib/site/load.ts';
import { sitemapEntries, sitemapXml } from '../lib/site/sitemap.ts';
import { fileResponse } from '../lib/site/export-endpoint.ts';

export const GET: APIRoute = async ({ site }) =>
  fileResponse(
    sitemapXml(
      sitemapEntries(await loadEditions(), { base: import.meta.env.BASE_URL, site: site?.href ?? '' }, (e) => e.releases !== undefined),
    ),
    'application/xml',
  );
