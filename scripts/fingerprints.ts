/**
 * npm run fingerprints [-- ID …] — after reviewing English entries whose Chinese changed, record the fingerprint
 * of the Chinese they now translate, in each translation file's `fingerprints` map (only the IDs given, or every
 * ID when none are). Nothing else in the file changes.
 *
 *   node scripts/fingerprints.ts [--seeds DIR] [--translations DIR] [ID …]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DIRS, readContentFiles } from '../src/lib/content/files.ts';
import { parseCorpus } from '../src/lib/parse/corpus.ts';
import { withFingerprints } from '../src/lib/translation/fingerprint.ts';
import { parseTranslation, translationTarget } from '../src/lib/translation/read.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: DEFAULT_DIRS.seeds },
    translations: { type: 'string', default: DEFAULT_DIRS.translations },
  },
});

try {
  const input = readContentFiles({ ...DEFAULT_DIRS, seeds: values.seeds, translations: values.translations });
  const editions = parseCorpus(input.seeds);
  const ids = positionals.length > 0 ? new Set(positionals) : undefined;
  for (const file of input.translations) {
    const slug = translationTarget(file.path.split('/').at(-1) ?? '')?.slug;
    const edition = editions.find((e) => e.document.slug === slug);
    if (!edition) continue;
    const translation = parseTranslation(file.path, file.text);
    const written = withFingerprints(readFileSync(file.path, 'utf8'), edition, translation.fingerprints ?? {}, ids);
    writeFileSync(file.path, written);
    console.log(`fingerprints: ${ids ? [...ids].join(', ') : 'every entry'} recorded in ${file.path}`);
  }
} catch (error) {
  console.error(`fingerprints: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
