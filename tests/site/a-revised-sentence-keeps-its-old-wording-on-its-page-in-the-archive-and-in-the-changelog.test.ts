/**
 * Cutting a release the way the README says (freeze the current one, change
 * the English, list the new release) keeps the old wording where a reader who
 * cited it will look: on the sentence's page, in the archived export of the
 * release the citation names, and in the changelog. Smallest input: the
 * excerpt seed (2 parts, 4 measures) with its slice of the real translation,
 * built into a scratch folder, never into the shared dist/. Built as a
 * preview (no SITE), which every page must say.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/parse/corpus.ts';
import { allSentences } from '../../src/lib/records/walk.ts';
import { buildSite } from '../support/build.ts';

const SEED = 'tests/fixtures/well-formed/excerpt-2019.zh.txt';
const SLUG = 'excerpt-2019';
const ID = 'm2.s2';
const NEW_EN =
  'Build open, collaborative and efficient platforms for research and development of common technologies, and strengthen the support that innovation in manufacturing gives to trade.';
const NOTE = 'Generic technologies are common technologies (共性技术); the clause now follows the Chinese word order.';

let scratch = '';
let oldEn = '';
const dirs = { seeds: '', translations: '', annotations: '', themes: '', records: '', releases: '', out: '' };
const read = (path: string): string => readFileSync(join(dirs.out, path), 'utf8');
/** Page text with the entities Astro writes turned back into characters. */
const page = (path: string): string =>
  read(`${path}index.html`)
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'edition-release-'));
  for (const key of Object.keys(dirs) as (keyof typeof dirs)[]) {
    dirs[key] = join(scratch, key);
    mkdirSync(dirs[key], { recursive: true });
  }
  copyFileSync(SEED, join(dirs.seeds, `${SLUG}.zh.txt`));
  // The excerpt is the start of the real document, so its IDs are a slice of the real translation's.
  const [excerpt] = parseCorpus([{ path: SEED, bytes: readFileSync(SEED) }]);
  if (!excerpt) throw new Error('the excerpt does not parse');
  const ids = new Set(allSentences(excerpt).map((s) => s.id));
  const full = parse(readFileSync('content/translations/trade-2019.en.yaml', 'utf8')) as Record<string, unknown>;
  const slice = Object.fromEntries(
    Object.entries(full).map(([key, value]) => {
      const byId = value !== null && typeof value === 'object' && !Array.isArray(value);
      return [key, byId ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([id]) => ids.has(id))) : value];
    }),
  ) as { segments: Record<string, string> };
  oldEn = slice.segments[ID] ?? '';
  expect(oldEn).not.toBe('');
  const translation = join(dirs.translations, `${SLUG}.en.yaml`);
  writeFileSync(translation, stringify(slice));
  const releases = join(dirs.releases, `${SLUG}.yaml`);
  const release1 = { n: 1, date: '2026-01-10', summary: { en: 'First release.', zh: '第一版。' } };
  writeFileSync(releases, stringify({ releases: [release1] }));

  const env = { ...process.env, RECORDS_DIR: dirs.records, RELEASES_DIR: dirs.releases };
  // The excerpt has no annotations or themes of its own, and says so.
  const absent = join(dirs.releases, 'absent.yaml');
  writeFileSync(absent, stringify({ [SLUG]: ['annotations', 'themes'] }));
  const contentArgs = [
    '--seeds',
    dirs.seeds,
    '--translations',
    dirs.translations,
    '--annotations',
    dirs.annotations,
    '--themes',
    dirs.themes,
    '--absent',
    absent,
  ];
  const run = (args: string[]): void => {
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  // Release 1 is cut: its exports are frozen (npm run release).
  run(['scripts/content.ts', ...contentArgs]);
  run(['scripts/release.ts']);
  // The English of one sentence is revised and listed as release 2, with a note in a notes file.
  slice.segments[ID] = NEW_EN;
  writeFileSync(translation, stringify(slice));
  // The notes file as the content's author writes it; the release entry is one line that names it.
  const notes = {
    summary: { en: 'Revised the English of one sentence.', zh: '修订一句英译。' },
    units: { [ID]: { en: NOTE, zh: '“共性技术”改译，语序随中文。' } },
    annotations: {},
    themes: {},
  };
  writeFileSync(join(dirs.releases, `${SLUG}.release-2-notes.yaml`), stringify(notes));
  const release2 = { n: 2, date: '2026-03-02', notesFile: `${SLUG}.release-2-notes.yaml` };
  writeFileSync(releases, stringify({ releases: [release1, release2] }));
  // A scratch edition: the repository's URL manifest is not its to keep.
  buildSite({
    outDir: dirs.out,
    env: { RECORDS_DIR: dirs.records, RELEASES_DIR: dirs.releases, SITE: '', URL_MANIFEST: 'none' },
    contentArgs,
  });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('after release 2 revises one sentence', () => {
  it('the sentence page shows the old wording as release 1 and the new as release 2, with a word-level diff', () => {
    const html = page(`en/${SLUG}/measure-2/s2/`);
    const history = html.slice(html.indexOf('id="history-title"'));
    expect(history).toContain(oldEn);
    expect(history).toContain(NEW_EN);
    expect(history).toMatch(/Release 1 of 10 January 2026/);
    expect(history).toMatch(/Release 2 of 2 March 2026/);
    expect(history).toMatch(/<del>[^<]*generic[^<]*<\/del>/);
    expect(history).toMatch(/<ins>[^<]*common[^<]*<\/ins>/);
  });

  it("release 1's archived export returns the old wording, release 2's the new", () => {
    const wording = (path: string): string | undefined => {
      const json = JSON.parse(read(path)) as { release?: { n: number }; measures: { sentences: { id: string; en?: string }[] }[] };
      return json.measures.flatMap((m) => m.sentences).find((s) => s.id === ID)?.en;
    };
    expect(wording(`data/releases/1/${SLUG}.json`)).toBe(oldEn);
    expect(wording(`data/releases/2/${SLUG}.json`)).toBe(NEW_EN);
    expect((JSON.parse(read(`data/${SLUG}.json`)) as { release: unknown }).release).toEqual({ n: 2, date: '2026-03-02' });
    expect(read(`data/releases/1/${SLUG}.csv`)).toContain(oldEn);
    expect(read(`data/releases/1/${SLUG}.en.akn.xml`)).toContain(oldEn);
  });

  it('the changelog lists the sentence under release 2 with its old and new wording and the note', () => {
    const html = page(`en/${SLUG}/changes/`);
    const release2 = html.slice(html.indexOf('id="release-2"'), html.indexOf('id="release-1"'));
    expect(release2).toContain(`id="release-2-${ID}"`);
    expect(release2).toContain(oldEn);
    expect(release2).toContain(NEW_EN);
    expect(release2).toContain(NOTE);
  });

  it('the measure page marks the revised sentence, and only it', () => {
    const html = page(`en/${SLUG}/measure-2/`);
    expect(html.match(/class="revised"/g)).toHaveLength(1);
    expect(html).toContain(`class="revised" href="/en/${SLUG}/measure-2/s2/"`);
  });

  it("the sentence's citation names release 2", () => {
    expect(read(`en/${SLUG}/measure-2/s2/cite.txt`)).toContain('release 2 (2 March 2026)');
    expect(read(`zh/${SLUG}/measure-2/s2/cite.bib`)).toContain('version = {2}');
  });

  it('a preview build says so on every page and cites the local origin', () => {
    for (const path of [`en/${SLUG}/`, `zh/${SLUG}/measure-2/`, `en/${SLUG}/measure-2/s2/`, `zh/${SLUG}/changes/`]) {
      expect(page(path), path).toContain('class="preview-build"');
    }
    expect(read(`en/${SLUG}/measure-2/cite.txt`)).toContain('http://localhost:4321/en/excerpt-2019/measure-2/');
  });
});
