import { describe, expect, it } from 'vitest';
import { ANNOTATION_FILES_SINCE } from '../../src/lib/export/files.ts';
import { readRecords } from '../../src/lib/records/read.ts';
import { releaseFiles } from '../../src/lib/frozen/freeze.ts';

const [edition] = readRecords().filter((e) => e.document.slug === 'trade-2019');
if (!edition) throw new Error('no trade-2019 records');
const build = { date: '2026-12-01T00:00:00Z', from: 'SOURCE_DATE_EPOCH' } as const;
const frozen = (n: number): string[] => [...releaseFiles(edition, build, { n, date: '2026-12-01' }).keys()];

describe('the files a release freezes', () => {
  it('leave the annotation files out of releases 1 and 2, which were published without them', () => {
    expect(ANNOTATION_FILES_SINCE).toBe(3);
    for (const n of [1, 2]) expect(frozen(n).filter((name) => /\.(annotations\.jsonld|tei\.xml)$/.test(name))).toEqual([]);
  });

  it('hold them from release 3 on, beside every earlier export', () => {
    for (const n of [3, 4]) {
      expect(frozen(n)).toEqual(
        expect.arrayContaining(['trade-2019.json', 'trade-2019.annotations.jsonld', 'trade-2019.tei.xml', ...frozen(2)]),
      );
    }
  });
});
