import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { parsePolicy } from '../../src/lib/security/csp.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { attr, elements, parseHtml } from '../support/html.ts';

/** The headers `dist/_headers` sets for the path pattern `pattern`, as the hosts read the file. */
function headersFor(pattern: string): Map<string, string> {
  const text = readFileSync(join(inject('distDir'), '_headers'), 'utf8');
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) current = line.trim();
    else if (current === pattern) {
      const colon = line.indexOf(':');
      out.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return out;
}

const headerPolicy = headersFor('/*').get('content-security-policy') ?? '';

it('sends a Content-Security-Policy header for every path', () => {
  expect(parsePolicy(headerPolicy).get('default-src')).toEqual(["'none'"]);
  expect(parsePolicy(headerPolicy).get('frame-ancestors')).toEqual(["'none'"]);
});

// A page under two policies obeys both: a header that differs from the meta can only block what the page needs
// (an unstyled site) or claim to allow what the meta forbids. So the header is the meta plus what only a header
// can carry, on every page, the 404 page included.
it.each(builtPages())('%s declares the policy the header sends', (path) => {
  const meta = elements(parseHtml(readPage(path))).find(
    (el) => el.tagName === 'meta' && attr(el, 'httpEquiv') === 'Content-Security-Policy',
  );
  const header = new Map(parsePolicy(headerPolicy));
  header.delete('frame-ancestors');
  const declared = meta === undefined ? undefined : attr(meta, 'content');
  expect(declared, 'the page declares no policy').toBeDefined();
  expect(header).toEqual(parsePolicy(declared ?? ''));
});
