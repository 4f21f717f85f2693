/** /_headers — the CSP as an HTTP header and the cache rules, for Netlify and Cloudflare Pages (README, "Deploying"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/security/headers.ts';

// A file name starting with "_" is not routed by Astro, so the name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(headersFile(import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
