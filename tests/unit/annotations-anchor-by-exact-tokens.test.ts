import { describe, expect, it } from 'vitest';
import { anchor, findOccurrences } from '../../src/lib/annotate/anchor.ts';
import { attachAnnotations } from '../../src/lib/annotate/attach.ts';
import { parseAnnotationFile } from '../../src/lib/annotate/read.ts';
import type { Sentence } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const s = (id: string, tokens: string): Sentence => ({
  id,
  tokens: tokens.split(' '),
  text: tokens.replaceAll(' ', ''),
  source: { file: 'f', line: 1, column: 1 },
});
const sentences = [
  s('m1.s1', '推进 跨境 电子商务 综合 试验区 建设 。'),
  s('m1.s2', '发展 跨境 电子商务 。'),
  s('m2.s1', '电子商务 发展 。'),
];

describe.each([
  ['a sequence in one sentence', ['综合', '试验区'], [['m1.s1', 3, 5]]],
  [
    'a sequence in two sentences',
    ['跨境', '电子商务'],
    [
      ['m1.s1', 1, 3],
      ['m1.s2', 1, 3],
    ],
  ],
  ['a substring of a token never matches', ['电子'], []],
  ['tokens must be consecutive', ['跨境', '综合'], []],
  [
    'a whole token matches wherever it stands',
    ['电子商务'],
    [
      ['m1.s1', 2, 3],
      ['m1.s2', 2, 3],
      ['m2.s1', 0, 1],
    ],
  ],
  ['a different segmentation does not match', ['电子', '商务'], []],
])('%s', (_name, sequence, expected) => {
  it('finds exactly its occurrences', () => {
    expect(findOccurrences(sequence, sentences).map((o) => [o.sentence, o.start, o.end])).toEqual(expected);
  });
});

it('merges several sequences in document order without duplicates', () => {
  expect(anchor([['发展'], ['跨境', '电子商务'], ['发展']], sentences).map((o) => `${o.sentence}:${o.start}`)).toEqual([
    'm1.s1:1',
    'm1.s2:0',
    'm1.s2:1',
    'm2.s1:1',
  ]);
});

const file = (tokens: string, extra = '') =>
  parseAnnotationFile(
    'content/annotations/trade-2019/made-up-term.mdx',
    `---\ntype: term\nzh: 虚构\npinyin: xūgòu\ntokens:\n  - [${tokens}]\nen: made-up term\ngloss:\n  zh: 虚构。\n  en: Made up.\n${extra}---\n`,
  );

it('rejects an annotation that anchors to nothing, with its ID in the message', () => {
  const { errors } = attachAnnotations(
    realEdition(),
    [{ ...file('虚构, 术语'), path: 'content/annotations/trade-2019/made-up-term.mdx' }],
    [],
    '',
  );
  expect(errors).toEqual([
    'content/annotations/trade-2019/made-up-term.mdx: annotation made-up-term anchors to nothing: the tokens 虚构 术语 occur in no sentence of trade-2019',
  ]);
});

it('rejects an annotation naming a sentence that does not exist', () => {
  const { errors } = attachAnnotations(realEdition(), [{ ...file('单一, 窗口', 'sentences: [m22.s5, m99.s1]\n'), path: 'x.mdx' }], [], '');
  expect(errors).toEqual(['x.mdx: annotation made-up-term names sentence m99.s1, which does not exist in trade-2019']);
});

it('rejects themes that name a missing measure or leave a measure without a theme', () => {
  const themes = [
    {
      slug: 'all',
      name: { zh: '全', en: 'All' },
      description: { zh: '全。', en: 'All.' },
      measures: [...Array.from({ length: 26 }, (_, i) => i + 1), 28],
    },
  ];
  expect(attachAnnotations(realEdition(), [], themes, 'themes.yaml').errors).toEqual([
    'themes.yaml: theme all names measure 28, which does not exist',
    'themes.yaml: measure 27 has no theme',
  ]);
});

it('rejects frontmatter that does not fit the schema, naming the file and field', () => {
  expect(() => parseAnnotationFile('a/b/x.mdx', '---\ntype: gadget\nzh: 虚构\n---\n')).toThrow(/^a\/b\/x\.mdx: type: /);
});
