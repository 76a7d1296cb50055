// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { siteUrl } from './src/lib/site.ts';

// Everything locale-related below derives from the locale table in src/i18n/locales.ts.
export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
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
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
  ],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "worker-src 'self'", "connect-src 'self'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
