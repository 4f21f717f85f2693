/**
 * The search index: one Pagefind bundle per language, written to
 * dist/pagefind/{zh,en}/ from the records (not scraped from HTML), so the
 * index holds exactly each measure's text in that language plus the
 * aliases of the terms it contains; and beside them the vocabulary
 * (dist/pagefind/vocabulary-{han,latin}.json) that queries are read by: segmentation,
 * traditional characters, pinyin and spelling.
 *
 *   node scripts/search-index.ts [--site DIR]
 */
import { parseArgs } from 'node:util';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n/index.ts';
import { readRecords } from '../src/lib/records/read.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { searchVocabulary, vocabularyPart, VOCABULARY_PARTS, type VocabularyPart } from '../src/lib/search/vocabulary.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const out = join(values.site, 'pagefind');

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
}

try {
  const editions = readRecords();
  rmSync(out, { recursive: true, force: true });
  let total = 0;
  for (const lang of LANGS) {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('search index: Pagefind returned no index');
    for (const record of editions.flatMap((e) => searchRecords(e, lang))) {
      const added = await index.addCustomRecord(record);
      check(`adding ${record.url}`, added.errors);
      total += 1;
    }
    const written = await index.writeFiles({ outputPath: join(out, lang) });
    check(`writing ${lang}`, written.errors);
  }
  const vocabulary = searchVocabulary(editions);
  for (const part of Object.keys(VOCABULARY_PARTS) as VocabularyPart[]) {
    writeFileSync(join(out, `vocabulary-${part}.json`), JSON.stringify(vocabularyPart(vocabulary, part)));
  }
  console.log(`search index: ${total} records in ${LANGS.length} languages → ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error), error instanceof Error && error.cause ? error.cause : '');
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
