/**
 * The benchmark's peer: a default Astro Starlight site built from the same seed and translation, one page per
 * measure in each language (Chinese at the root, English under /en/), searched with Starlight's built-in Pagefind.
 * Starlight and Astro are pinned below and installed from the npm registry into bench/out/peer/ with the committed
 * lock file (bench/peer.package-lock.json), so two runs build the same peer. Nothing else is downloaded.
 *
 *   node bench/peer.ts            build the peer into bench/out/peer/dist/ (installs it first if needed)
 *
 * `npm run bench` calls buildPeer() itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { peerPages } from './lib/peer-pages.ts';

/** Pinned: the Starlight release current when the peer was set up, and the Astro the edition itself builds with. */
export const PEER_VERSIONS = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' } as const;
const DIR = 'bench/out/peer';
const LOCK = 'bench/peer.package-lock.json';
const RECORDS = 'content/records/trade-2019.json';

/** Starlight's own setup, as its package README and docs describe it: the integration and the docs collection. */
const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '关于推进贸易高质量发展的指导意见',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${result.stdout}\n${result.stderr}`);
}

/** Install the pinned peer (once), write its pages from the records, build it; returns the built site's folder. */
export function buildPeer(): string {
  mkdirSync(DIR, { recursive: true });
  const pkg = { name: 'starlight-peer', private: true, type: 'module', dependencies: PEER_VERSIONS };
  writeFileSync(join(DIR, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  if (!existsSync(join(DIR, 'node_modules/@astrojs/starlight/package.json'))) {
    if (existsSync(LOCK)) {
      copyFileSync(LOCK, join(DIR, 'package-lock.json'));
      run('npm', ['ci', '--no-audit', '--no-fund'], DIR);
    } else {
      run('npm', ['install', '--no-audit', '--no-fund'], DIR);
      copyFileSync(join(DIR, 'package-lock.json'), LOCK);
    }
  }
  // The records come from the same content build as the edition's.
  run(process.execPath, ['scripts/content.ts'], '.');
  const records = JSON.parse(readFileSync(RECORDS, 'utf8')) as Parameters<typeof peerPages>[0];
  const docs = join(DIR, 'src/content/docs');
  rmSync(join(DIR, 'src'), { recursive: true, force: true });
  for (const page of peerPages(records)) {
    mkdirSync(join(docs, page.path, '..'), { recursive: true });
    writeFileSync(join(docs, page.path), page.markdown);
  }
  writeFileSync(join(DIR, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(DIR, 'src/content.config.ts'), CONTENT_CONFIG);
  rmSync(join(DIR, 'dist'), { recursive: true, force: true });
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], DIR);
  return join(DIR, 'dist');
}

if (import.meta.main) console.log(`peer built → ${buildPeer()}`);
