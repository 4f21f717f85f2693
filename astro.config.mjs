// @ts-check
import { defineConfig } from 'astro/config';
import { siteSettings } from './src/lib/settings/site-settings.ts';

/**
 * SITE is the origin the edition is published at (canonical URLs and
 * citations use it); BASE_PATH lets it live in a sub-folder, e.g. /edition/.
 * Both are resolved and validated in src/lib/settings/site-settings.ts, from
 * the environment or the host's deploy variables; a bad value stops here.
 */
const { site, base } = siteSettings();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The stylesheet is a file, not inlined: a first page costs the same either way (one more
  // request), and every later page is 4.5 KB (gzip) lighter because the file is cached.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Keep the content-layer cache with the checkout, not in node_modules, so two checkouts that share
  // node_modules never read each other's content.
  cacheDir: './.astro/cache',
  vite: {
    build: {
      // Bundled scripts are always emitted as files under /_astro/, never
      // inlined into the HTML, so the Content-Security-Policy can allow
      // scripts by origin ('self') with no inline script at all. Other assets
      // keep Vite's default (undefined).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Compiled MDX modules carry Astro's own head-injection directive, and the bundler warns about it once
        // per annotation; the warning is expected and would bury real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
