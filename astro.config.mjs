// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * SITE is the origin the edition is published at (canonical URLs and
 * citations use it); BASE_PATH lets it live in a sub-folder, e.g. /edition/.
 */
const site = process.env.SITE ?? 'https://trade-2019.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
