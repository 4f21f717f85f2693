import { describe, expect, it } from 'vitest';
import { forbiddenImports, readSource, sourceFiles } from '../tooling/architecture.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the detector', () => {
  it.each([
    ['src/client/search.ts', "import { launch } from '../../tests/tooling/launch-chromium.ts';"],
    ['src/pages/index.astro', "import { median } from '../../bench/lib/stats.ts';"],
    ['src/pages/[lang]/index.astro', "const m = await import('../../../scripts/serve.ts');"],
    ['src/lib/site/load.ts', "import Measure from '../../components/Measure.astro';"],
    ['src/lib/cite/files.ts', "export { x } from '../../pages/index.astro';"],
    ['src/lib/export/json.ts', "import '../../../scripts/content.ts';"],
  ])('finds what %s must not import', (path, line) => {
    expect(forbiddenImports(path, line)).toHaveLength(1);
  });

  it.each([
    ['src/pages/index.astro', "import Landing from '../components/LandingPage.astro';"],
    ['src/client/search.ts', "import { rank } from '../lib/search/query.ts';"],
    ['src/lib/site/load.ts', "import type { Lang } from '../../i18n/index.ts';"],
    ['scripts/bench.ts', "import { launch } from '../tests/tooling/launch-chromium.ts';"],
  ])('allows what %s imports', (path, line) => {
    expect(forbiddenImports(path, line)).toEqual([]);
  });
});

it('src/client and src/pages import no tooling, and src/lib imports no components, pages or scripts', () => {
  const found = sourceFiles(ROOT, ['src']).flatMap((path) => forbiddenImports(path, readSource(ROOT, path)));
  expect(found).toEqual([]);
});
