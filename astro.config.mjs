// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cmsAdmin from './src/integrations/cms-admin.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { siteUrl } from './src/lib/build-settings.ts';
import { alternates } from './src/lib/urls.ts';
import { nfcSource } from './src/lib/written-text.ts';

// Everything locale-related below derives from the locale table in src/i18n/locales.ts.
export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build fixture content trees into their own folders (see tests/content-errors).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Two content files with the same id (e.g. vi.md and vi.mdx) stop the build instead of warning.
  prerenderConflictBehavior: 'error',
  i18n: {
    defaultLocale,
    locales,
    // Every language lives under its own prefix (/vi/, /en/ …); / is a static language choice.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    // Markdown/MDX bodies in Unicode NFC, whatever the editor's keyboard produced (src/lib/written-text.ts).
    plugins: [nfcSource()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler reports
        // as a warning for every file; it is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    // The staff editor (Sveltia CMS) at /admin/, built after the site; not a page of the site.
    cmsAdmin(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page) && !/\/editors\//.test(page),
      // Alternates come from the same helper as the pages' hreflang links (all locales + x-default).
      // The plugin's own `i18n` option assumes an unprefixed default locale and would list / as the
      // Vietnamese home, so it is not used.
      serialize(item) {
        item.links = alternates(new URL(item.url).pathname).map((a) => ({ url: a.href, lang: a.hreflang }));
        return item;
      },
    }),
  ],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "worker-src 'self'", "connect-src 'self'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
