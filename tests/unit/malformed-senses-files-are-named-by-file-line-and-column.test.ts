/**
 * The reviewed senses (content/words/{doc}.senses.yaml) are checked against the seed and the termbase, and every
 * problem names file:line:column, what was expected and what was found. Each case plants one fault in an otherwise
 * complete file built from the real seed.
 */
import { describe, expect, it } from 'vitest';
import { buildRecords } from '../../src/lib/content/build.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import type { Edition } from '../../src/lib/records/index.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { isChineseWord } from '../../src/lib/words/pinyin.ts';
import { parseSenses, sensesErrors } from '../../src/lib/words/senses.ts';

const FILE = 'content/words/trade-2019.senses.yaml';
const input = readContentFiles();
// The edition without any senses file: the checks below see only the file each case writes.
const edition: Edition = (() => {
  const found = buildRecords({ ...input, words: [] }).editions.find((e) => e.document.slug === 'trade-2019');
  if (!found) throw new Error('no trade-2019 edition');
  return found;
})();
const words = [...new Set(allSentences(edition).flatMap((s) => s.tokens.filter(isChineseWord)))];
const FRAGMENTS = new Set(['包', '一带', '一路']);

/** A complete, valid file: one entry per word (two lines each, from line 2), then three compounds. */
function complete(): string[] {
  return [
    'words:',
    ...words.flatMap((w) => [`  ${w}:`, FRAGMENTS.has(w) ? '    fragment: true' : '    en: a sense']),
    'compounds:',
    '  外 包:',
    '    word: 外包',
    '    en: outsourcing',
    '  营 商:',
    '    word: 营商',
    '    en: doing business',
    '  一带 一路:',
    '    word: 一带一路',
    '    term: belt-and-road',
  ];
}
/** The 1-based line of a word's key in complete(). */
const lineOf = (word: string): number => 2 + 2 * words.indexOf(word);

function problems(lines: readonly string[]): string[] {
  try {
    return sensesErrors(parseSenses(FILE, `${lines.join('\n')}\n`), edition);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

it('accepts the complete file', () => {
  expect(words.length).toBeGreaterThan(600);
  expect(problems(complete())).toEqual([]);
});

describe.each<[string, (lines: string[]) => void, string]>([
  [
    'a word of the seed without an entry',
    (l) => l.splice(lineOf('开放') - 1, 2),
    `${FILE}:1:1 expected an entry for 开放 (a word of the text, first in p1.para1.s1, the sentence at seeds/trade-2019.zh.txt:6:1), found none`,
  ],
  [
    'an entry for a word the seed lacks',
    (l) => l.splice(1, 0, '  不存在:', '    en: absent'),
    `${FILE}:2:3 expected a word of seeds/trade-2019.zh.txt (a token as segmented there), found '不存在'`,
  ],
  [
    'a term slug with no termbase entry',
    (l) => l.splice(lineOf('开放'), 1, '    term: no-such-entry'),
    `${FILE}:${lineOf('开放')}:3 expected 开放: term: the slug of a file in content/annotations/trade-2019/, found 'no-such-entry'`,
  ],
  [
    'a term that is not a slug',
    (l) => l.splice(lineOf('开放'), 1, '    term: Opening_Up'),
    `${FILE}:${lineOf('开放')}:3 expected 开放: term: a termbase slug such as market-access, found "Opening_Up"`,
  ],
  [
    'two senses at once',
    (l) => l.splice(lineOf('开放'), 0, '    term: belt-and-road'),
    `${FILE}:${lineOf('开放')}:3 expected 开放: exactly one of en, term, fragment: true, found more than one`,
  ],
  [
    'a field the format lacks',
    (l) => l.splice(lineOf('开放'), 1, '    sense: to open up'),
    `${FILE}:${lineOf('开放')}:3 expected 开放: only en, term, fragment, at (or word, en, term), found 'sense'`,
  ],
  [
    'an occurrence sense in a sentence that lacks the word',
    (l) => l.splice(lineOf('开放') + 1, 0, '    at:', '      m1.s1: opened'),
    `${FILE}:${lineOf('开放') + 3}:7 expected 开放: at: m1.s1 to name a place where 开放 stands, found no 开放 in m1.s1`,
  ],
  [
    'an occurrence sense at a token that holds another word',
    (l) => l.splice(lineOf('开放') + 1, 0, '    at:', '      m1.s1@0: opened'),
    `${FILE}:${lineOf('开放') + 3}:7 expected 开放: at: m1.s1@0 to name a place where 开放 stands, found '夯实' there`,
  ],
  [
    'an occurrence key that is no ID',
    (l) => l.splice(lineOf('开放') + 1, 0, '    at:', '      m1s1: opened'),
    `${FILE}:${lineOf('开放') + 3}:7 expected 开放: at: a sentence ID (m14.s2) or ID@token (m14.s2@3), found 'm1s1'`,
  ],
  [
    'a compound whose tokens never stand in that order',
    (l) => l.push('  包 外:', '    word: 包外', '    en: none'),
    `${FILE}:${words.length * 2 + 12}:3 expected the tokens 包 外 to occur in this order in one sentence, found them nowhere`,
  ],
  [
    'a compound whose word is not its tokens joined',
    (l) => l.push('  外 贸:', '    word: 外贸易', '    en: none'),
    `${FILE}:${words.length * 2 + 12}:3 expected 外 贸: word 外贸 (the tokens joined), found '外贸易'`,
  ],
])('%s', (_, plant, message) => {
  it('is named by file:line:column, with what was expected and found', () => {
    const lines = complete();
    plant(lines);
    expect(problems(lines)).toEqual([message]);
  });
});

it('names a fragment that also stands alone, with where', () => {
  const lines = complete();
  lines.splice(lineOf('商'), 1, '    fragment: true');
  expect(problems(lines)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^${FILE}:${lineOf('商')}:3 expected 商 \\(fragment: true\\) only inside a listed compound, found it alone at m\\d+\\.s\\d+@\\d+`,
      ),
    ),
  ]);
});

it('lists every missing word, each with its first place in the seed', () => {
  const found = problems(['words:', '  开放:', '    en: to open up']);
  expect(found).toHaveLength(words.length - 1);
  expect(found[0]).toBe(
    `${FILE}:1:1 expected an entry for 中共中央 (a word of the text, first in issuers, the sentence at seeds/trade-2019.zh.txt:1:1), found none`,
  );
});

it('names invalid YAML by line and column', () => {
  expect(problems(['words:', '  开放:', '    en: [unclosed'])[0]).toMatch(
    new RegExp(`^${FILE}:\\d+:\\d+ expected valid YAML, found BAD_INDENT`),
  );
});
