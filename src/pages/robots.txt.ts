/** /robots.txt — points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';
import { paths } from '../lib/site/routes.ts';
import { permanentUrl } from '../lib/site/page-context.ts';
import { fileResponse } from '../lib/export/endpoint.ts';

export const GET: APIRoute = ({ site }) =>
  fileResponse(robotsTxt(permanentUrl({ base: import.meta.env.BASE_URL, site: site?.href ?? '' }, paths.sitemap())), 'text/plain');
