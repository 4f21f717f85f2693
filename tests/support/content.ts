import { buildRecords } from '../../src/lib/content/build.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import type { Edition } from '../../src/lib/records/index.ts';

let cached: Edition | undefined;

/** The real edition, built from the committed content exactly as `npm run content` builds it. */
export function realEdition(): Edition {
  if (!cached) {
    const edition = buildRecords(readContentFiles()).editions.find((e) => e.document.slug === 'trade-2019');
    if (!edition) throw new Error('no trade-2019 edition');
    cached = edition;
  }
  return cached;
}
