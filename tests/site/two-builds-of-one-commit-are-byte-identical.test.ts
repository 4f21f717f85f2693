import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, inject, it } from 'vitest';
import { buildSite } from '../support/build.ts';

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

it('builds the same bytes again: pages, exports, checksums and build dates', { timeout: 300_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'edition-rebuild-'));
  try {
    // With SKIP_BUILD=1 the shared dist/ may come from an older commit, so compare two fresh builds instead.
    const first = process.env.SKIP_BUILD === '1' ? join(scratch, 'a') : inject('distDir');
    if (first !== inject('distDir')) buildSite({ outDir: first });
    const second = join(scratch, 'b');
    buildSite({ outDir: second });
    const [a, b] = [files(first), files(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !b.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(a.has('data/trade-2019.json')).toBe(true);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
