import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRecords, type ContentInput } from '../../src/lib/content/build.ts';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { withFingerprints } from '../../src/lib/translation/fingerprint.ts';

const SEED = 'seeds/trade-2019.zh.txt';
const TRANSLATION = 'content/translations/trade-2019.en.yaml';
const seed = readFileSync(SEED, 'utf8');
const translation = readFileSync(TRANSLATION, 'utf8');
const input = (zh: string, en = translation): ContentInput => ({
  seeds: [{ path: SEED, bytes: new TextEncoder().encode(zh) }],
  translations: [{ path: TRANSLATION, text: en }],
  themes: [{ path: 'content/themes/trade-2019.yaml', text: readFileSync('content/themes/trade-2019.yaml', 'utf8') }],
});
// One character of measure 14's second sentence changes: 推进 跨境 电子商务 … becomes 促进 跨境 电子商务 ….
const changed = seed.replace('推进 跨境 电子商务', '促进 跨境 电子商务');

describe('a changed Chinese sentence fails the build, naming its ID', () => {
  it('passes while every fingerprint matches', () => {
    expect(changed).not.toBe(seed);
    expect(() => buildRecords(input(seed))).not.toThrow();
  });

  it('fails naming the ID whose Chinese changed, and only that one', () => {
    let message = '';
    try {
      buildRecords(input(changed));
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^content\/translations\/trade-2019\.en\.yaml: m14\.s2: the Chinese changed since its English was reviewed \(fingerprint [0-9a-f]{12}, now [0-9a-f]{12}\); review the English, then run `npm run fingerprints -- m14\.s2`$/,
    );
  });

  it('passes again once the reviewed entry is refreshed, leaving every other line as it was', () => {
    const edition = parseCorpus([{ path: SEED, bytes: new TextEncoder().encode(changed) }])[0];
    if (!edition) throw new Error('no edition');
    const refreshed = withFingerprints(translation, edition, {}, new Set(['m14.s2']));
    expect(() => buildRecords(input(changed, refreshed))).toThrow(/has no fingerprint/);
    const previous = Object.fromEntries(
      [...translation.matchAll(/^ {2}([a-z0-9.]+): "([0-9a-f]{12})"$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    const reviewed = withFingerprints(translation, edition, previous, new Set(['m14.s2']));
    expect(() => buildRecords(input(changed, reviewed))).not.toThrow();
    const differing = reviewed.split('\n').filter((line, i) => line !== translation.split('\n')[i]);
    expect(differing).toEqual([expect.stringMatching(/^ {2}m14\.s2: "[0-9a-f]{12}"$/)]);
  });
});
