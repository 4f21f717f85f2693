/**
 * The code's layers run one way: a folder imports only its own floor and those below (tests/tooling/layers.ts), no
 * module is in an import cycle, and no two folders import each other. The rules are first run on small planted trees,
 * so each is seen failing before it is trusted on the real one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layerViolations } from '../tooling/layers.ts';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A tiny tree of modules, each importing the ones listed. */
function plant(files: Record<string, readonly string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  scratch.push(root);
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  for (const [path, imports] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    const lines = imports.map((target, i) => {
      const from = dirname(path)
        .split('/')
        .map(() => '..')
        .join('/');
      // A Node built-in (`node:fs`) is imported by its name.
      return target.startsWith('node:') ? `import * as x${i} from '${target}';` : `import { x as x${i} } from '${from}/${target}';`;
    });
    writeFileSync(join(root, path), `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  return root;
}

describe.each([
  {
    name: 'a record importing a page helper',
    files: { 'src/lib/records/ids.ts': ['src/lib/site/load.ts'], 'src/lib/site/load.ts': [] },
    expected: /floor-1-imports-only-down: src\/lib\/records\/ids\.ts → src\/lib\/site\/load\.ts/,
  },
  {
    name: 'the browser code imported by the core',
    files: { 'src/lib/export/json.ts': ['src/client/search.ts'], 'src/client/search.ts': [] },
    expected: /floor-6-imports-only-down/,
  },
  {
    name: 'two modules importing each other',
    files: { 'src/lib/export/akn.ts': ['src/lib/export/files.ts'], 'src/lib/export/files.ts': ['src/lib/export/akn.ts'] },
    expected: /no-cycle: src\/lib\/export\/akn\.ts → src\/lib\/export\/files\.ts/,
  },
  {
    name: 'two folders of one floor importing each other through different files',
    files: {
      'src/lib/export/a.ts': ['src/lib/cite/b.ts'],
      'src/lib/cite/b.ts': [],
      'src/lib/cite/c.ts': ['src/lib/export/d.ts'],
      'src/lib/export/d.ts': [],
    },
    expected: /folders-import-each-other: src\/lib\/cite → src\/lib\/export/,
  },
  {
    name: 'a page helper reading a file while pages render',
    files: { 'src/lib/site/history.ts': ['node:fs'] },
    expected: /reads-disk-only-in-readers: src\/lib\/site\/history\.ts → (?:node:)?fs/,
  },
])('on a planted tree with $name', ({ files, expected }) => {
  it('reports it', async () => {
    const found = await layerViolations(plant(files), ['src']);
    expect(found.join('\n')).toMatch(expected);
  });
});

it('finds nothing on a planted tree whose imports run down', async () => {
  const root = plant({
    'src/lib/site/load.ts': ['src/lib/records/ids.ts'],
    'src/lib/records/ids.ts': [],
    'src/lib/content/files.ts': ['node:fs'],
  });
  expect(await layerViolations(root, ['src'])).toEqual([]);
});

it('finds no import against the layers, no cycle and no two folders importing each other in src/ and scripts/', async () => {
  expect(await layerViolations(process.cwd(), ['src', 'scripts'])).toEqual([]);
}, 120_000);
