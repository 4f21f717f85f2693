import { convert } from 'pinyin-pro';

/** One CC-CEDICT entry: `傳統 传统 [chuan2 tong3] /tradition/traditional/`. */
export interface CedictEntry {
  readonly traditional: string;
  readonly simplified: string;
  /** Pinyin with tone marks, syllables separated by spaces, as the entry writes them (capitals for proper nouns). */
  readonly pinyin: string;
  /** The English senses, in the dictionary's order. */
  readonly senses: readonly string[];
}

/** What the file states about itself in its `#!` header lines. */
export interface CedictHeader {
  readonly date: string;
  readonly license: string;
  readonly entries: number;
  /** Where the file's data was taken from (`#! source=`), when it says. */
  readonly source?: string | undefined;
  /** The words the subset was made for (`#! made-for=`), when it says: a word outside them may be missing from it. */
  readonly madeFor?: readonly string[] | undefined;
}

export interface Cedict {
  readonly header: CedictHeader;
  readonly entries: readonly CedictEntry[];
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.+)\/$/;

/**
 * CC-CEDICT's numbered pinyin (`Lu:4 shi5`) in tone marks (`Lǜ shi`), through
 * pinyin-pro's converter. It is given lower case and ü, which it marks
 * correctly (it misplaces the mark on capitals, `Ao4` → `Aò`, and on `v`);
 * each syllable's capital is put back afterwards.
 */
export function tonePinyin(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => {
      const plain = syllable.replace(/u:/gi, 'ü').replace(/5$/, '');
      const marked = /\d$/.test(plain) ? convert(plain.toLowerCase(), { format: 'numToSymbol' }) : plain.toLowerCase();
      return plain !== plain.toLowerCase() && /^\p{Lu}/u.test(syllable) ? (marked[0]?.toUpperCase() ?? '') + marked.slice(1) : marked;
    })
    .join(' ');
}

/**
 * Parse a CC-CEDICT file (the `ts` format: traditional, simplified,
 * [pinyin], /senses/). A line that is not a comment and does not fit
 * throws, naming file, line and column and what was expected.
 */
export function parseCedict(text: string, file: string): Cedict {
  const entries: CedictEntry[] = [];
  const meta = new Map<string, string>();
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#!')) {
      const [key, value] = line.slice(2).trim().split('=');
      if (key && value !== undefined) meta.set(key, value);
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) {
      const column = line.includes('[') ? (line.includes('/') ? line.indexOf('/') + 1 : line.indexOf('[') + 1) : 1;
      throw new Error(`${file}:${i + 1}:${column} expected “traditional simplified [pin1 yin1] /sense/…/”, found “${line.slice(0, 60)}”`);
    }
    const [, traditional = '', simplified = '', pinyin = '', senses = ''] = m;
    entries.push({ traditional, simplified, pinyin: tonePinyin(pinyin), senses: senses.split('/').filter((s) => s !== '') });
  });
  const date = meta.get('date')?.slice(0, 10);
  const license = meta.get('license');
  if (!date || !license) throw new Error(`${file}:1:1 expected the header lines #! date=… and #! license=…, found none`);
  const source = meta.get('source');
  const madeFor = meta.get('made-for')?.split('|');
  return { header: { date, license, entries: entries.length, ...(source ? { source } : {}), ...(madeFor ? { madeFor } : {}) }, entries };
}

/** Pinyin folded for comparison: lower case, no spaces or apostrophes (Zhōng guó and zhōngguó match). */
export const foldPinyin = (p: string): string => p.toLowerCase().replace(/[\s'’·,]/g, '');

/**
 * The dictionary reduced to the given words: for each word, its entries
 * (simplified headword equal to the word), those whose pinyin matches one of
 * the word's readings in the text first. A word with no entry is absent.
 */
export function reduceCedict(
  entries: readonly CedictEntry[],
  readings: ReadonlyMap<string, readonly string[]>,
): Map<string, CedictEntry[]> {
  const out = new Map<string, CedictEntry[]>();
  for (const entry of entries) {
    if (!readings.has(entry.simplified)) continue;
    const list = out.get(entry.simplified) ?? [];
    list.push(entry);
    out.set(entry.simplified, list);
  }
  for (const [word, list] of out) {
    const given = readings.get(word) ?? [];
    const exact = given.map((r) => r.replace(/[\s']/g, ''));
    const wanted = given.map(foldPinyin);
    // The text's most frequent reading first; an entry in the same case (zhōng "middle") before a proper noun (Zhōng "China").
    const rank = (e: CedictEntry): number => {
      const same = exact.indexOf(e.pinyin.replace(/[\s']/g, ''));
      if (same !== -1) return 2 * same;
      const at = wanted.indexOf(foldPinyin(e.pinyin));
      return at === -1 ? 2 * wanted.length : 2 * at + 1;
    };
    // Stable: entries of equal rank keep the dictionary's order.
    out.set(
      word,
      list
        .map((e, i) => ({ e, i }))
        .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
        .map((x) => x.e),
    );
  }
  return out;
}

/** Whether an entry's reading is one of the readings the word has in the text. */
export const matchesReading = (entry: CedictEntry, readings: readonly string[]): boolean =>
  readings.some((r) => foldPinyin(r) === foldPinyin(entry.pinyin));
