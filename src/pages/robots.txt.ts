/** /robots.txt — points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';
import { paths } from '../lib/urls/routes.ts';
import { permanentUrl } from '../lib/urls/page-context.ts';
import { fileResponse } from '../lib/site/export-endpoint.ts';

export const GET: APIRoute = ({ site }) =>
  fileResponse(robotsTxt(permanentUrl({ base: import.meta.env.BASE_URL, site: site?.href ?? '' }, paths.sitemap())), 'text/plain');
