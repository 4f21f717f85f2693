/**
 * The build's last step: check the finished site before it replaces dist/ (scripts/lib/publish-checks.ts). A
 * deploy runs only the build, so what must never be published is refused here, not only in the tests.
 *
 *   node scripts/publish-check.ts [--site DIR] [--manifest FILE]
 *
 * The manifest is that of this repository's edition; a build of other inputs (a test's scratch corpus) is not
 * that edition and sets URL_MANIFEST=none.
 */
import { parseArgs } from 'node:util';
import { builtSite, manifestCheck, publishProblems, readUrlManifest, URL_MANIFEST } from './lib/publish-checks.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, manifest: { type: 'string', default: process.env.URL_MANIFEST ?? URL_MANIFEST } },
});

try {
  const siteChecks = values.manifest === 'none' ? [] : [manifestCheck(readUrlManifest(values.manifest))];
  const problems = publishProblems(builtSite(values.site), siteChecks);
  if (problems.length > 0) {
    const shown = problems.slice(0, 40);
    throw new Error(
      `${problems.length} problem(s) in the built site:\n  ${shown.join('\n  ')}${problems.length > shown.length ? '\n  …' : ''}`,
    );
  }
  console.log('publish check: every manifest URL is built and every export passes its checks');
} catch (error) {
  console.error(`publish check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
