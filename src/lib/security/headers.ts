/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the same
 * Content-Security-Policy the pages declare in their <meta>, sent as an HTTP
 * header so that it can add what a meta policy cannot (`frame-ancestors`),
 * and the cache rules: hashed bundles are immutable, everything else
 * revalidates (the hosts' default for HTML, stated for the service worker,
 * which must never be served stale).
 */
import { pagePolicy } from './csp.ts';

export function headersFile(base: string): string {
  const at = (path: string): string => `${base.replace(/\/$/, '')}${path}`;
  const rules: [string, string[]][] = [
    [
      at('/*'),
      [
        `Content-Security-Policy: ${pagePolicy()}; frame-ancestors 'none'`,
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
      ],
    ],
    [at('/_astro/*'), ['Cache-Control: public, max-age=31536000, immutable']],
    [at('/sw.js'), ['Cache-Control: no-cache']],
  ];
  return `${rules.map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n')}\n`;
}
