import { describe, expect, it } from 'vitest';
import { resolveOfficialSource, resolveReportChannel } from '../../src/lib/settings/site-settings.ts';
import { reportHref } from '../../src/lib/releases/provenance.ts';

const subject = { title: 'Problem in m14.s2 (release 2)', body: 'Sentence: m14.s2\nRelease: 2\n' };

describe('the report channel', () => {
  it.each([
    [{}, undefined],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'owner/edition' },
      { url: 'https://github.com/owner/edition/issues', kind: 'github-issues', source: 'github' },
    ],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'owner/edition', REPORT_URL: 'mailto:editors@example.org' },
      { url: 'mailto:editors@example.org', kind: 'mailto', source: 'REPORT_URL' },
    ],
    [{ REPORT_URL: 'https://example.org/corrections' }, { url: 'https://example.org/corrections', kind: 'url', source: 'REPORT_URL' }],
  ])('%o → %o', (env, expected) => {
    expect(resolveReportChannel(env)).toEqual(expected);
  });

  it.each(['editors@example.org', 'ftp://example.org/', 'mailto:', 'javascript:alert(1)'])('stops the build on REPORT_URL=%s', (value) => {
    expect(() => resolveReportChannel({ REPORT_URL: value })).toThrow(/^REPORT_URL must be an http\(s\) URL or a mailto: address/);
  });

  it('fills in a new issue or an e-mail with the sentence, and links any other address as it is', () => {
    expect(reportHref({ url: 'https://github.com/o/r/issues', kind: 'github-issues', source: 'github' }, subject)).toBe(
      'https://github.com/o/r/issues/new?title=Problem%20in%20m14.s2%20(release%202)&body=Sentence%3A%20m14.s2%0ARelease%3A%202%0A',
    );
    expect(reportHref({ url: 'mailto:e@example.org', kind: 'mailto', source: 'REPORT_URL' }, subject)).toMatch(
      /^mailto:e@example\.org\?subject=Problem%20in%20m14\.s2%20\(release%202\)&body=Sentence/,
    );
    expect(reportHref({ url: 'https://example.org/form', kind: 'url', source: 'REPORT_URL' }, subject)).toBe('https://example.org/form');
  });
});

describe('the official source', () => {
  it('is a link only with the day it was checked', () => {
    expect(resolveOfficialSource({})).toBeUndefined();
    expect(resolveOfficialSource({ OFFICIAL_TEXT_URL: 'https://example.org/text', OFFICIAL_TEXT_CHECKED: '2026-11-30' })).toEqual({
      url: 'https://example.org/text',
      checked: '2026-11-30',
    });
  });

  it.each([
    [
      { OFFICIAL_TEXT_URL: 'https://example.org/text' },
      /^OFFICIAL_TEXT_CHECKED must be the day the link was checked, as YYYY-MM-DD, found ""/,
    ],
    [{ OFFICIAL_TEXT_URL: 'https://example.org/text', OFFICIAL_TEXT_CHECKED: '2026-02-30' }, /found "2026-02-30"/],
    [{ OFFICIAL_TEXT_CHECKED: '2026-11-30' }, /^OFFICIAL_TEXT_CHECKED is set \("2026-11-30"\) but OFFICIAL_TEXT_URL is not/],
    [
      { OFFICIAL_TEXT_URL: 'gov.cn/text', OFFICIAL_TEXT_CHECKED: '2026-11-30' },
      /^OFFICIAL_TEXT_URL must be an http\(s\) URL, found "gov.cn\/text"/,
    ],
  ])('stops the build on %o', (env, message) => {
    expect(() => resolveOfficialSource(env)).toThrow(message);
  });
});
