import { describe, expect, it } from 'vitest';
import { idShapedCode, readSource, sourceFiles } from '../tooling/architecture.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const ID_MODULE = 'src/lib/records/ids.ts';

describe('the detector', () => {
  // Each of these once stood somewhere in src/; the detector must keep finding its kind.
  it.each([
    ['a measure-number regex', 'const measure = /^m(\\d+)\\./.exec(s.id)?.[1];'],
    ['a part-number regex', 'const part = /^p(\\d+)/.exec(id);'],
    ['a sentence regex', 'const unit = /^m(\\d+)(?:\\.s(\\d+))?$/.exec(id);'],
    ['a paragraph regex', 'const m = /^p(\\d+)\\.para(\\d+)/.exec(first);'],
    ['a preamble regex', 'const preamble = /^preamble\\.s(\\d+)$/.exec(id);'],
    ['a regex as a string', "new RegExp('^m(\\\\d+)')"],
    ['a zod ID pattern', 'id: z.string().regex(/^m[1-9]\\d*$/),'],
    ['a split at dots', "const parts = id.split('.');"],
    ['a cut at the first dot', "id.slice(id.indexOf('.') + 1)"],
    ['an ID written by hand', 'const id = `m${n}.s${i}`;'],
    ['a paragraph ID written by hand', 'return `p${k}.para${j}`;'],
    ['a sentence ID built on a measure ID', 'anchorOf(`${measure.id}.s1`)'],
  ])('finds %s', (_, line) => {
    expect(idShapedCode(`const ok = 1;\n${line}\n`)).toMatchObject([{ line: 2 }]);
  });

  it.each([
    ['a path split', "const name = path.split('/').at(-1);"],
    ['a date split', "const [y, m, d] = iso.split('-').map(Number);"],
    ['a dot-dot guard', "normalize(p).replace(/^(\\.\\.(\\/|\\\\|$))+/, '')"],
    ['a URL path', 'return `/${lang}/${doc}/measure-${n}/`;'],
    ['a call to the module', 'const id = ids.measureSentence(n, i);'],
    ['a Han-script test', 'const HAN = /\\p{Script=Han}/u;'],
  ])('passes %s', (_, line) => {
    expect(idShapedCode(line)).toEqual([]);
  });
});

it('no file in src/ or scripts/ but the ID module holds an ID-shaped regex, split or hand-built ID', () => {
  const found = sourceFiles(ROOT, ['src', 'scripts'])
    .filter((path) => path !== ID_MODULE)
    .flatMap((path) => idShapedCode(readSource(ROOT, path)).map((f) => `${path}:${f.line} ${f.why}: ${f.text}`));
  expect(found).toEqual([]);
});
