import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { EDITION } from '../../src/lib/cite/edition.ts';
import { parseReleases } from '../../src/lib/releases/read.ts';

it('names the edition, its translator, licence and latest release as the config and the releases file do', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
  const releases = parseReleases('content/releases/trade-2019.yaml', readFileSync('content/releases/trade-2019.yaml', 'utf8'), (name) => ({
    path: `content/releases/${name}`,
    text: readFileSync(`content/releases/${name}`, 'utf8'),
  }));
  const latest = releases.at(-1);
  expect(cff).toMatchObject({
    'cff-version': '1.2.0',
    title: EDITION.name.en,
    authors: [{ name: EDITION.translator.en }],
    license: EDITION.licence.spdx,
    version: String(latest?.n),
    'date-released': latest?.date,
  });
});
