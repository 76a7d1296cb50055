import { defineConfig } from 'vitest/config';

// Suites: pure units; builds of bad content that must fail; checks of the built site (dist/);
// the built site in Debian's Chromium; and Lighthouse scores.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content-errors', include: ['tests/content-errors/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      // Site checks parse every page: seconds each, more on a busy machine.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      // The same checks of pages, fallbacks, switcher, hreflang, sitemap and links on a build of the real
      // content with some translations removed (tests/helpers/untranslated-build.ts).
      {
        test: {
          name: 'site-untranslated',
          include: ['tests/site/{fallback,pages,switcher,head,sitemap,links}.test.ts'],
          globalSetup: ['tests/helpers/untranslated-build.ts'],
          env: { CONTENT_DIR: '.tmp/untranslated/content', OUT_DIR: '.tmp/untranslated/dist', EXPECT_UNTRANSLATED: '1' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      // A copy of the project with a fifth language (Thai) added as one row + one UI JSON + content,
      // built and checked (tests/helpers/fifth-locale-build.ts); its search runs in Chromium.
      {
        test: {
          name: 'fifth-locale',
          include: ['tests/fifth-locale/**/*.test.ts'],
          globalSetup: ['tests/helpers/fifth-locale-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 } },
    ],
  },
});
