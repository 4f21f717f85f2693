/**
 * A build with the real orchestration (scripts/lib/build-steps.ts) and quick stand-in steps, for the fault
 * tests: `node tests/support/fake-build.ts OUT LOCK LOG TAG [FAIL_AT]`. Each step appends `TAG step` to LOG,
 * waits a little and writes a page; the step named FAIL_AT fails after writing part of the site.
 */
import { buildInto, type BuildStep } from '../../scripts/lib/build-steps.ts';

const [out = '', lock = '', log = '', tag = '', failAt = ''] = process.argv.slice(2);
const step = (name: string): BuildStep => ({
  name,
  args: (staging) => [
    '-e',
    `const fs = require('node:fs');
     fs.appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(`${tag} ${name}\n`)});
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
     fs.mkdirSync(${JSON.stringify(staging)}, { recursive: true });
     fs.writeFileSync(require('node:path').join(${JSON.stringify(staging)}, ${JSON.stringify(`${name}.html`)}), ${JSON.stringify(tag)});
     if (${JSON.stringify(name === failAt)}) { console.error('search index: Pagefind could not write pagefind/zh/'); process.exit(1); }`,
  ],
});
try {
  buildInto(out, ['content', 'astro', 'search index', 'offline'].map(step), { lock, quiet: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
