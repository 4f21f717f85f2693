import { readFileSync } from 'node:fs';
import { polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { allSentences } from '../../src/lib/records/walk.ts';
import { tokenPinyin } from '../../src/lib/words/pinyin.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const sentences = allSentences(edition);
const byId = new Map(sentences.map((s) => [s.id, s]));

/** tests/fixtures/words/polyphonic-readings.tsv: token, reading, and where (empty: every occurrence). */
const rows = readFileSync('tests/fixtures/words/polyphonic-readings.tsv', 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [token = '', reading = '', where = ''] = line.split('\t');
    return { token, reading, where };
  });

/** Every reading of `token` in the records: [sentence ID, n-th occurrence in it, reading]. */
function readingsOf(token: string): [string, number, string][] {
  return sentences.flatMap((s) => {
    let n = 0;
    return s.tokens.flatMap((t, i): [string, number, string][] => (t === token ? [[s.id, ++n, s.pinyin?.[i] ?? '(none)']] : []));
  });
}

const HAN = /\p{Script=Han}/u;
const hasManyReadings = (c: string): boolean => HAN.test(c) && (polyphonic(c)[0]?.split(' ').length ?? 0) > 1;

describe.each(rows)('$token', ({ token, reading, where }) => {
  it(`reads ${reading}${where ? ` in ${where}` : ' wherever it occurs'}`, () => {
    const found = readingsOf(token);
    expect(found.length, `${token} does not occur in the text`).toBeGreaterThan(0);
    const [id, nth] = where.split(' ');
    const chosen = where ? found.filter(([s, n]) => s === id && String(n) === nth) : found;
    expect(chosen.length, `${token} ${where}`).toBeGreaterThan(0);
    for (const [s, n, got] of chosen) expect(got, `${token} in ${s} (#${n})`).toBe(reading);
  });
});

it('has a hand-verified row for every token holding a character with more than one reading', () => {
  const listed = new Set(rows.map((r) => r.token));
  const missing = [...new Set(sentences.flatMap((s) => s.tokens))].filter((t) => [...t].some(hasManyReadings) && !listed.has(t));
  expect(missing).toEqual([]);
});

it('lists each occurrence of a token whose reading depends on the sentence', () => {
  for (const token of new Set(rows.filter((r) => r.where !== '').map((r) => r.token))) {
    expect(rows.filter((r) => r.token === token).length, token).toBe(readingsOf(token).length);
  }
});

it('agrees with the termbase’s own pinyin wherever a term occurs in its own written form', () => {
  // Capitals, spaces, hyphens (Jīng-Jīn-Jì) and syllable apostrophes are the termbase's orthography, not its reading.
  const fold = (p: string): string => p.toLowerCase().replace(/[\s'’-]/g, '');
  const disagreements = edition.annotations.flatMap((a) =>
    a.occurrences.flatMap((o) => {
      const s = byId.get(o.sentence);
      const tokens = s?.tokens.slice(o.start, o.end) ?? [];
      // Only where the occurrence is the entry's own form (not an alias such as 电商) and all Han (not 到2022年).
      if (tokens.join('') !== a.zh || ![...a.zh].every((c) => HAN.test(c))) return [];
      const got = (s?.pinyin ?? []).slice(o.start, o.end).join('');
      return fold(got) === fold(a.pinyin) ? [] : [`${a.slug} in ${o.sentence}: termbase ${a.pinyin}, text ${got}`];
    }),
  );
  expect(disagreements).toEqual([]);
});

describe('tokenPinyin', () => {
  it.each([
    { tokens: ['推进', '贸易', '高质量', '发展', '。'], pinyin: ['tuījìn', 'màoyì', 'gāozhìliàng', 'fāzhǎn', ''] },
    { tokens: ['“', '一带一路', '”'], pinyin: ['', 'yīdàiyīlù', ''] },
    { tokens: ['中欧', '班列'], pinyin: ["zhōng'ōu", 'bānliè'] },
    { tokens: ['到', '2022', '年', '，', 'WTO'], pinyin: ['dào', '2022', 'nián', '', 'WTO'] },
    {
      tokens: ['以', '创新', '为', '核心', '，', '为', '发展', '服务'],
      pinyin: ['yǐ', 'chuàngxīn', 'wéi', 'héxīn', '', 'wèi', 'fāzhǎn', 'fúwù'],
    },
    { tokens: ['银行', '行长'], pinyin: ['yínháng', 'hángzhǎng'] },
  ])('reads $tokens', ({ tokens, pinyin }) => {
    expect(tokenPinyin(tokens)).toEqual(pinyin);
  });
});
