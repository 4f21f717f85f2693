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

/**
 * Vite wraps every dynamic import in a helper that first loads the imported chunk's stylesheets (and, with module
 * preload on, its scripts): `__vitePreload`, 0.9 KB gzip that every page fetches with its first script. The site's
 * lazily loaded code imports no stylesheet and module preload is off, so each wrap is given an empty list and the
 * helper only calls the import; it is written as just that. Should a dynamic import ever bring a stylesheet (a list
 * that is not empty, `__vite__mapDeps`), the build stops rather than drop it.
 * @returns {import('vite').Plugin}
 */
function plainDynamicImports() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'edition:plain-dynamic-imports',
    enforce: 'post',
    // Astro sets module preload for its builds; the browser's bundle goes without it.
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    // Rewritten as it is rendered, so its file name is the hash of what it holds.
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.includes(helperId)) return null;
      if (chunk.moduleIds.length !== 1 || chunk.exports.length !== 1 || !code.includes('vite:preloadError')) {
        this.error(`${chunk.fileName} holds more than the preload helper`);
      }
      return { code: `const p=(f)=>f();export{p as ${chunk.exports[0]}};\n`, map: null };
    },
    // After Vite has written each import's list (it does so as the bundle is generated).
    writeBundle(_options, bundle) {
      const withDeps = Object.values(bundle).filter((c) => c.type === 'chunk' && c.code.includes('__vite__mapDeps'));
      if (withDeps.length > 0) this.error(`dynamic imports with stylesheets to preload in ${withDeps.map((c) => c.fileName).join(', ')}`);
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The stylesheets are files, not inlined: a first page costs the same either way (a request
  // more), and every later page is lighter because the files it shares are cached.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Keep the content-layer cache with the checkout, not in node_modules, so two checkouts that share
  // node_modules never read each other's content.
  cacheDir: './.astro/cache',
  vite: {
    plugins: [plainDynamicImports()],
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
