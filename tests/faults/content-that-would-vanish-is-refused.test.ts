import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOutOfRepository, readContentFiles, type ContentDirs } from '../../src/lib/content/files.ts';

/** A complete little content tree for one document; each case then breaks one thing. */
function tree(): { dir: string; dirs: ContentDirs } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  const files: Record<string, string> = {
    'seeds/doc-1.zh.txt': '中共中央 国务院\n',
    'content/translations/doc-1.en.yaml': 'segments: {}\n',
    'content/annotations/doc-1/single-window.mdx': '---\nzh: 单一窗口\n---\nA note.\n',
    'content/themes/doc-1.yaml': '- slug: a\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const c = (p: string): string => join(dir, 'content', p);
  return {
    dir,
    dirs: {
      seeds: join(dir, 'seeds'),
      translations: c('translations'),
      annotations: c('annotations'),
      themes: c('themes'),
      absent: c('absent.yaml'),
      root: join(dir, 'content'),
    },
  };
}

/** Every problem reading the content reports: thrown at once, or (missing inputs) once the seeds have parsed. */
function problems(dirs: ContentDirs): string {
  try {
    return readContentFiles(dirs).missing?.join('\n') ?? '';
  } catch (error) {
    return (error as Error).message;
  }
}

const move = (from: string, to: string) => (dir: string) => renameSync(join(dir, from), join(dir, to));
const bytes = (path: string, data: Uint8Array) => (dir: string) => writeFileSync(join(dir, path), data);
/** Replace `path` with a symbolic link to a file outside the repository holding `text`. */
const linkOut = (path: string, text: string) => (dir: string) => {
  const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'target');
  writeFileSync(outside, text);
  rmSync(join(dir, path), { force: true });
  symlinkSync(outside, join(dir, path));
};
const bad = (before: string): Uint8Array => new Uint8Array([...new TextEncoder().encode(before), 0xc3, 0x28, 0x0a]);

describe('content that would vanish is refused, naming the file', () => {
  it.each([
    [
      'the translation deleted',
      (d: string) => rmSync(join(d, 'content/translations/doc-1.en.yaml')),
      /content\/translations\/doc-1\.en\.yaml: missing translation for doc-1/,
    ],
    [
      'the translation saved as .yml',
      move('content/translations/doc-1.en.yaml', 'content/translations/doc-1.en.yml'),
      /doc-1\.en\.yml: unexpected file in translations: expected a name like \{doc\}\.\{lang\}\.yaml/,
    ],
    [
      'an annotation saved as .md',
      move('content/annotations/doc-1/single-window.mdx', 'content/annotations/doc-1/single-window.md'),
      /single-window\.md: unexpected file in annotations/,
    ],
    [
      'an annotation saved as .MDX',
      move('content/annotations/doc-1/single-window.mdx', 'content/annotations/doc-1/single-window.MDX'),
      /single-window\.MDX: unexpected file in annotations/,
    ],
    ['the themes saved as .yml', move('content/themes/doc-1.yaml', 'content/themes/doc-1.yml'), /doc-1\.yml: unexpected file in themes/],
    [
      'the annotations folder misnamed',
      move('content/annotations', 'content/annotation'),
      /content\/annotation: unexpected entry in .*content\//,
    ],
    ['a seed saved as .TXT', move('seeds/doc-1.zh.txt', 'seeds/doc-1.zh.TXT'), /doc-1\.zh\.TXT: unexpected file in seeds/],
    [
      'invalid UTF-8 in the translation',
      bytes('content/translations/doc-1.en.yaml', bad('segments:\n  x: ab')),
      /doc-1\.en\.yaml:2:8 expected valid UTF-8, found byte 0xc3/,
    ],
    [
      'invalid UTF-8 in an annotation',
      bytes('content/annotations/doc-1/single-window.mdx', bad('---\nzh: 单')),
      /single-window\.mdx:2:6 expected valid UTF-8, found byte 0xc3/,
    ],
    [
      'invalid UTF-8 in the themes',
      bytes('content/themes/doc-1.yaml', bad('- slug: a')),
      /doc-1\.yaml:1:10 expected valid UTF-8, found byte 0xc3/,
    ],
    [
      'an annotation that is a link out of the repository',
      linkOut('content/annotations/doc-1/single-window.mdx', '---\nzh: 单一窗口\n---\nA note.\n'),
      /single-window\.mdx: a symbolic link out of the repository: expected a file in the repository/,
    ],
    [
      'a seed that is a link out of the repository',
      linkOut('seeds/doc-1.zh.txt', '中共中央 国务院\n'),
      /doc-1\.zh\.txt: a symbolic link out of the repository/,
    ],
  ])('%s', (_case, breakIt, message) => {
    const { dir, dirs } = tree();
    expect(problems(dirs)).toBe('');
    breakIt(dir);
    expect(problems(dirs)).toMatch(message);
  });

  it('accepts a missing input that absent.yaml lists on purpose', () => {
    const { dir, dirs } = tree();
    rmSync(join(dir, 'content/translations/doc-1.en.yaml'));
    writeFileSync(join(dir, 'content/absent.yaml'), 'doc-1: [translation]\n');
    expect(readContentFiles(dirs).translations).toEqual([]);
    expect(problems(dirs)).toBe('');
  });
});

it('a link that stays inside the repository is read as usual', () => {
  const { dir } = tree();
  symlinkSync(join(dir, 'content/themes/doc-1.yaml'), join(dir, 'content/themes/doc-2.yaml'));
  expect(linkOutOfRepository(join(dir, 'content/themes/doc-2.yaml'), dir)).toBeUndefined();
  expect(linkOutOfRepository(join(dir, 'content/themes/doc-2.yaml'), join(dir, 'seeds'))).toMatch(/out of the repository/);
});
