import { expect, it } from 'vitest';
import { propsCasts, readSource, sourceFiles } from '../tooling/architecture.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

it.each([
  ['an Astro.props cast', 'const { lang, edition } = Astro.props as PageProps;', 1],
  ['an endpoint props cast', 'citeResponse(props as CiteProps, site)', 1],
  ['a parenthesised cast', 'serve(dataFile((props as { edition: Edition }).edition))', 1],
  ['typed props', 'type Props = InferGetStaticPropsType<typeof getStaticPaths>;\nconst { lang } = Astro.props;', 0],
])('the detector finds %s', (_, text, count) => {
  expect(propsCasts(text)).toHaveLength(count);
});

it('no route file casts its props', () => {
  const found = sourceFiles(ROOT, ['src/pages']).flatMap((path) =>
    propsCasts(readSource(ROOT, path)).map((f) => `${path}:${f.line} ${f.text}`),
  );
  expect(found).toEqual([]);
});
