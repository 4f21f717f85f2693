/**
 * Data the site loads only when a reader asks for it, weighed from the built files: a measure page's word data
 * (the word popover and the pinyin and traditional switches) and the search vocabulary that loads with the
 * search engine (Chinese segmentation, English spelling, toneless pinyin).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OnDemandWeights {
  /** Gzip bytes of the largest per-part word-data file of each document (what one measure page loads). */
  readonly wordData: readonly { readonly doc: string; readonly file: string; readonly gzipBytes: number }[];
  /** Gzip bytes of each search vocabulary file, by name (`han`, `en`, `pinyin`). */
  readonly vocabulary: Readonly<Record<string, number>>;
}

const gzipOf = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

export function onDemandWeights(site: string): OnDemandWeights {
  const wordsDir = join(site, 'data', 'words');
  const wordData = existsSync(wordsDir)
    ? readdirSync(wordsDir).flatMap((doc) => {
        const files = readdirSync(join(wordsDir, doc)).map((file) => ({ doc, file, gzipBytes: gzipOf(join(wordsDir, doc, file)) }));
        return files.length === 0 ? [] : [files.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a))];
      })
    : [];
  const pagefind = join(site, 'pagefind');
  const vocabulary = Object.fromEntries(
    (existsSync(pagefind) ? readdirSync(pagefind) : []).flatMap((name) => {
      const match = /^vocabulary-([a-z]+)\.json$/.exec(name);
      return match?.[1] ? [[match[1], gzipOf(join(pagefind, name))] as const] : [];
    }),
  );
  return { wordData, vocabulary };
}
