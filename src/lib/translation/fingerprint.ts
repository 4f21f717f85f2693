/**
 * Each English entry records a fingerprint of the Chinese it translates, in a top-level `fingerprints` map of
 * the translation file keyed by ID (kept apart from `segments`, so wording edits and fingerprint refreshes do not
 * touch the same lines). When a sentence's Chinese changes, its fingerprint no longer matches and the build
 * fails naming the ID, until the English is reviewed and `npm run fingerprints -- ID` records the new one.
 */
import { createHash } from 'node:crypto';
import type { Edition } from '../records/index.ts';
import type { Translation } from '../records/translation.ts';
import { allSentences } from '../records/walk.ts';

/** The fingerprint of a sentence's Chinese: the first 12 hex digits of the SHA-256 of its text. */
export function fingerprint(zh: string): string {
  return createHash('sha256').update(zh.normalize('NFC')).digest('hex').slice(0, 12);
}

/** Every sentence ID of the edition with the fingerprint of its Chinese, in document order. */
export function fingerprints(edition: Edition): [string, string][] {
  return allSentences(edition).map((s) => [s.id, fingerprint(s.text)]);
}

/** One message per entry whose fingerprint is missing, unknown or no longer matches the Chinese. */
export function fingerprintErrors(edition: Edition, translation: Translation, file: string): string[] {
  const recorded = translation.fingerprints ?? {};
  const errors: string[] = [];
  const current = fingerprints(edition);
  for (const [id, now] of current) {
    const was = recorded[id];
    if (was === undefined)
      errors.push(
        `${file}: ${id} has no fingerprint of the Chinese it translates; once the English is reviewed, run \`npm run fingerprints -- ${id}\``,
      );
    else if (was !== now)
      errors.push(
        `${file}: ${id}: the Chinese changed since its English was reviewed (fingerprint ${was}, now ${now}); review the English, then run \`npm run fingerprints -- ${id}\``,
      );
  }
  const known = new Set(current.map(([id]) => id));
  for (const id of Object.keys(recorded))
    if (!known.has(id)) errors.push(`${file}: fingerprints: ${id} is not a sentence ID of ${edition.document.slug}`);
  return errors;
}

/**
 * The translation file's text with its `fingerprints` map replaced (or appended) at the end of the file; every
 * other line is left exactly as it was. `ids` limits the refresh to the entries just reviewed.
 */
export function withFingerprints(
  text: string,
  edition: Edition,
  previous: Readonly<Record<string, string>>,
  ids?: ReadonlySet<string>,
): string {
  const lines = text.replace(/\n*$/, '').split('\n');
  const start = lines.findIndex((l) => l.startsWith('fingerprints:'));
  let kept = lines;
  if (start !== -1) {
    const rest = lines.slice(start + 1).findIndex((l) => /^\S/.test(l) && !l.startsWith('#'));
    kept = [...lines.slice(0, start), ...(rest === -1 ? [] : lines.slice(start + 1 + rest))];
  }
  const entries = fingerprints(edition).map(([id, now]) => [id, ids && !ids.has(id) ? previous[id] : now] as const);
  const block = [
    '# Fingerprint of the Chinese each entry translates (npm run fingerprints): the build fails when the Chinese changes.',
    'fingerprints:',
    ...entries.filter((e): e is readonly [string, string] => e[1] !== undefined).map(([id, fp]) => `  ${id}: "${fp}"`),
  ];
  while (kept.at(-1)?.startsWith('# Fingerprint of the Chinese')) kept.pop();
  return `${[...kept, ...block].join('\n')}\n`;
}
