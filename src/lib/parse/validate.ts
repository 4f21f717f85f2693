import type { Edition } from '../records/index.ts';
import { EditionSchema } from '../records/index.ts';
import { allIds, editionTokens } from '../records/walk.ts';
import { tokenStream } from './tokens.ts';

/** Checks on a whole edition that no single line can make; any failure stops the build. */
export function validateEdition(edition: Edition, sourceText: string): void {
  const file = edition.document.source.file;
  const parsed = EditionSchema.safeParse(edition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: records do not match their schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }

  const seen = new Set<string>();
  for (const id of allIds(edition)) {
    if (seen.has(id)) throw new Error(`${file}: ID ${id} is used twice`);
    seen.add(id);
  }

  const expected = tokenStream(sourceText);
  const actual = editionTokens(edition);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      throw new Error(
        `${file}: records are not lossless: token ${i + 1} of the source is ${JSON.stringify(expected[i] ?? 'end of file')}, ` +
          `the records have ${JSON.stringify(actual[i] ?? 'nothing')}`,
      );
    }
  }
}
