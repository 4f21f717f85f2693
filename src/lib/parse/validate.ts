import type { Edition } from '../records/index.ts';
import { EditionSchema } from '../records/index.ts';
import { allIds, editionTokens } from '../records/walk.ts';
import { ContentError, SourceError } from '../checked/errors.ts';
import { parseWithSchema } from '../checked/read-checked.ts';
import { tokenizeLines } from './tokens.ts';

/** Checks on a whole edition that no single line can make; any failure stops the build. */
export function validateEdition(edition: Edition, sourceText: string): void {
  const file = edition.document.source.file;
  parseWithSchema(EditionSchema, edition, file);

  const seen = new Set<string>();
  for (const id of allIds(edition)) {
    if (seen.has(id)) throw new ContentError({ file, key: id }, 'each ID once', 'it twice');
    seen.add(id);
  }

  const lines = tokenizeLines(sourceText);
  const expected = lines.flatMap((l) => l.tokens);
  const actual = editionTokens(edition);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const want = expected[i];
    if (want?.text !== actual[i]) {
      const at = want ? { file, line: want.line, column: want.column } : { file, line: (lines.at(-1)?.line ?? 0) + 1, column: 1 };
      throw new SourceError(
        at,
        `the records to hold ${JSON.stringify(want?.text ?? 'nothing more')} here (token ${i + 1} of the source; records are lossless)`,
        JSON.stringify(actual[i] ?? 'nothing'),
      );
    }
  }
}
