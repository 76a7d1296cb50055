// ESLint (flat config): JavaScript, typescript-eslint and Astro recommended rules over the code, scripts and tests.
// Formatting is Prettier's job: eslint-config-prettier, last among the rule sets, turns off the rules that would fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/admin/', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { notes: _notes, ...facts } = e` drops a field on purpose: the rest is what is used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Client-side scripts (search, CMS preview) run in the browser.
    files: ['src/scripts/**', 'src/admin/**', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // These walk Zod's internal schema definitions (`_zod.def`, absent from its public types) and raw YAML
    // before validation, or (migration, tests) parsed JSON whose shape the code itself checks.
    files: [
      'src/schemas/entries.ts',
      'src/schemas/fields.ts',
      'src/schemas/rules.ts',
      'src/lib/integrity.ts',
      'src/lib/cms-config.ts',
      'scripts/migrate-content.ts',
      'tests/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
