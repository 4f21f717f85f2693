/** A BOM, CRLF endings, missing or doubled spaces and blank lines change nothing but the checksum. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import type { Edition } from '../../src/lib/records/index.ts';

const reference = 'tests/fixtures/well-formed/excerpt-2019.zh.txt';
const root = 'tests/fixtures/accepted';

/** The records with everything that legitimately differs (file, checksum, columns) taken out. */
function content(edition: Edition): unknown {
  return JSON.parse(
    JSON.stringify(edition, (key, value: unknown) =>
      key === 'source' || key === 'sha256' || key === 'doc' || key === 'slug' ? undefined : value,
    ),
  );
}

const [expected] = parseCorpus([{ path: reference, bytes: readFileSync(reference) }]);

describe.each(readdirSync(root).sort())('%s', (name) => {
  it('parses to the same records as the reference excerpt', () => {
    const path = join(root, name, 'input.zh.txt');
    const [edition] = parseCorpus([{ path, bytes: readFileSync(path) }]);
    expect(edition?.document.source.sha256).not.toBe(expected?.document.source.sha256);
    expect(content(edition as Edition)).toEqual(content(expected as Edition));
  });
});
