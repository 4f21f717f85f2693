import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { readRecords } from '../../src/lib/records/read.ts';
import { readDocumentReleases } from '../../src/lib/content/releases.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { bibNames, parseBibtex } from '../support/bibtex.ts';
import { parseRis } from '../support/ris.ts';
import { TEST_ORIGIN } from '../support/origin.ts';

const ORIGIN = TEST_ORIGIN;
const dist = inject('distDir');
const [edition] = readRecords().filter((e) => e.document.slug === 'trade-2019');
if (!edition) throw new Error('no trade-2019 records');
const release = readDocumentReleases(edition)?.latest;
if (!release) throw new Error('no releases for trade-2019');
const TRANSLATOR = 'Editors of the Bilingual Edition';

/** Every citation file the site should have: 2 languages × (document + 8 parts + 27 measures + their sentences) × 4 formats. */
const units = [
  { dir: '', id: undefined, url: '' },
  ...edition.parts.map((p) => ({ dir: `part-${p.n}/`, id: p.id, url: `part-${p.n}/` })),
  ...edition.measures.flatMap((m) => [
    { dir: `measure-${m.n}/`, id: m.id, url: `measure-${m.n}/` },
    ...m.sentences.map((_, i) => ({ dir: `measure-${m.n}/s${i + 1}/`, id: `${m.id}.s${i + 1}`, url: `measure-${m.n}/#s${i + 1}` })),
  ]),
];
const cases = (['zh', 'en'] as const).flatMap((lang) => units.map((u) => ({ lang, ...u, base: `${lang}/trade-2019/${u.dir}` })));
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');
const key = (lang: string, id?: string): string => ['trade-2019', ...(id ? [id.replaceAll('.', '-')] : []), lang].join('-');
const urlOf = (c: (typeof cases)[number]): string => `${ORIGIN}/${c.lang}/trade-2019/${c.url}`;

/** The essentials of the CSL-JSON item schema (citation-style-language/schema, csl-data.json). */
const cslSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['id', 'type', 'title', 'author', 'issued', 'URL', 'language'],
    properties: {
      id: { type: 'string', minLength: 1 },
      type: { enum: ['article', 'bill', 'book', 'document', 'legal_case', 'legislation', 'regulation', 'report', 'webpage'] },
      title: { type: 'string', minLength: 1 },
      author: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          anyOf: [{ required: ['literal'] }, { required: ['family'] }],
          properties: { literal: { type: 'string', minLength: 1 }, family: { type: 'string' } },
        },
      },
      issued: {
        type: 'object',
        required: ['date-parts'],
        properties: {
          'date-parts': { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } } },
        },
      },
      URL: { type: 'string', pattern: '^https?://' },
      language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
    },
  },
};
const validateCsl = new Ajv2020({ strict: false, allErrors: true }).compile(cslSchema);

it('has every citation file and no others', () => {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.startsWith('cite.')) found.push(relative(dist, full));
    }
  };
  walk(dist);
  const expected = cases.flatMap((c) => ['txt', 'bib', 'ris', 'json'].map((f) => `${c.base}cite.${f}`));
  expect(expected).toHaveLength(2 * (1 + 8 + 27 + 135) * 4);
  expect(found.sort()).toEqual(expected.sort());
});

// One test per format over all 326 units; a failure names the file.
describe('every citation file', () => {
  it('cite.bib parses as one BibTeX entry with corporate authors and the permanent URL', () => {
    for (const c of cases) {
      const entries = parseBibtex(read(`${c.base}cite.bib`));
      expect(entries, c.base).toHaveLength(1);
      const [entry] = entries;
      expect(entry?.type, c.base).toBe('misc');
      expect(entry?.key, c.base).toBe(key(c.lang, c.id));
      const authors = c.lang === 'zh' ? ['中共中央', '国务院'] : (edition.document.issuersEn ?? []);
      expect(bibNames(entry?.fields.author ?? ''), c.base).toEqual(authors.map((a) => `{${a}}`));
      expect(entry?.fields, c.base).toMatchObject({
        year: '2019',
        month: '11',
        date: '2019-11-19',
        url: urlOf(c),
        version: String(release.n),
      });
      // The English is the edition's translation: its translator is credited, never as an author.
      if (c.lang === 'en') expect(bibNames(entry?.fields.translator ?? ''), c.base).toEqual([`{${TRANSLATOR}}`]);
      else expect(entry?.fields.translator, c.base).toBeUndefined();
    }
  });

  it('cite.ris parses as one RIS record', () => {
    for (const c of cases) {
      const [record, ...more] = parseRis(read(`${c.base}cite.ris`));
      expect(more, c.base).toEqual([]);
      const tags = new Map(record?.map(([t, v]) => [t, v]));
      expect(record?.[0], c.base).toEqual(['TY', 'GOVDOC']);
      expect(
        record?.filter(([t]) => t === 'AU'),
        c.base,
      ).toHaveLength(2);
      expect([tags.get('ID'), tags.get('UR'), tags.get('DA')], c.base).toEqual([key(c.lang, c.id), urlOf(c), '2019/11/19']);
      expect([tags.get('A4'), tags.get('ET')], c.base).toEqual([
        c.lang === 'en' ? TRANSLATOR : undefined,
        `Release ${release.n} (${release.date})`,
      ]);
    }
  });

  it('cite.json is a valid CSL-JSON item list', () => {
    for (const c of cases) {
      const items = JSON.parse(read(`${c.base}cite.json`)) as { id: string; URL: string; language: string }[];
      expect(validateCsl(items), `${c.base}: ${JSON.stringify(validateCsl.errors)}`).toBe(true);
      expect(
        items.map((i) => [i.id, i.URL, i.language]),
        c.base,
      ).toEqual([[key(c.lang, c.id), urlOf(c), c.lang === 'zh' ? 'zh-CN' : 'en']]);
      expect(items[0], c.base).toMatchObject({
        version: String(release.n),
        ...(c.lang === 'en' ? { translator: [{ literal: TRANSLATOR }] } : {}),
      });
    }
  });

  it('cite.txt is one line ending in the permanent URL', () => {
    for (const c of cases) {
      const text = read(`${c.base}cite.txt`);
      expect(text.endsWith(`${urlOf(c)}\n`), c.base).toBe(true);
      expect(text.trimEnd(), c.base).not.toContain('\n');
      // GB/T 7714's order: 版本项 (a first edition unstated), then 出版者, 出版年(更新或修改日期).
      const version = release.n > 1 ? `${release.n}版. ` : '';
      expect(text, c.base).toContain(
        c.lang === 'zh' ? `[EB/OL]. ${version}中英对照本编者, ${release.date.slice(0, 4)}(${release.date}). ` : `release ${release.n} (`,
      );
      if (c.lang === 'en') expect(text, c.base).toContain(`Translated by ${TRANSLATOR}.`);
      // The original's title beside the English one.
      if (c.lang === 'en') expect(text, c.base).toContain(`(${edition.document.title.text})`);
    }
  });

  it('titles the unit cited with one separator in every format', () => {
    for (const c of cases.filter((x) => x.lang === 'zh' && x.id !== undefined)) {
      const titled = `${edition.document.title.text}: `;
      const bib = parseBibtex(read(`${c.base}cite.bib`))[0]?.fields.title ?? '';
      const ris = parseRis(read(`${c.base}cite.ris`))[0]?.find(([t]) => t === 'TI')?.[1] ?? '';
      const [csl] = JSON.parse(read(`${c.base}cite.json`)) as { title: string }[];
      for (const [format, title] of [
        ['txt', read(`${c.base}cite.txt`)],
        ['bib', bib],
        ['ris', ris],
        ['json', csl?.title ?? ''],
      ]) {
        expect(title, `${c.base}cite.${format}`).toContain(titled);
        expect(title, `${c.base}cite.${format}`).not.toContain('：');
      }
    }
  });
});

// A real reference-manager library reads every file back with the translator and the release.
it('citation-js reads every BibTeX, RIS and CSL-JSON file with its translator and release', () => {
  for (const c of cases) {
    for (const format of ['bib', 'ris', 'json'] as const) {
      const [item] = new Cite(read(`${c.base}cite.${format}`)).data as {
        translator?: { literal?: string; family?: string }[];
        version?: string;
        edition?: string;
        URL?: string;
      }[];
      const where = `${c.base}cite.${format}`;
      expect(item?.URL, where).toBe(urlOf(c));
      // RIS has no translator tag for a government document (A4, checked above, is its subsidiary author).
      if (c.lang === 'en' && format !== 'ris')
        expect(
          item?.translator?.map((n) => n.literal ?? n.family),
          where,
        ).toEqual([TRANSLATOR]);
      expect(item?.version ?? item?.edition, where).toContain(String(release.n));
    }
  }
});

it.each([
  ['a missing comma', '@misc{k, a = {1} b = {2}}'],
  ['unbalanced braces', '@misc{k, a = {1}'],
  ['a repeated field', '@misc{k, a = {1}, a = {2}}'],
  ['text between entries', '@misc{k, a = {1}} junk'],
  ['an unknown macro', '@misc{k, month = novembre}'],
])('the BibTeX parser rejects %s', (_, text) => {
  expect(() => parseBibtex(text)).toThrow(/BibTeX/);
});

it.each([
  ['a bare LF', 'TY  - GOVDOC\nER  - \n'],
  ['a record without ER', 'TY  - GOVDOC\r\nTI  - x\r\n'],
  ['a malformed tag line', 'TY  - GOVDOC\r\nTI - x\r\nER  - \r\n'],
])('the RIS reader rejects %s', (_, text) => {
  expect(() => parseRis(text)).toThrow(/RIS/);
});
