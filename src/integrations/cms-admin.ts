// Builds the staff editor (Sveltia CMS, src/admin/) into <outDir>/admin/ after the site is built.
// It is bundled by Vite from the npm package (no CDN), kept out of Astro's pages so that it is not
// in the sitemap, the search index or the feeds, and so that the site's hash-based CSP stays as it is.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';

const adminSource = fileURLToPath(new URL('../admin/', import.meta.url));

/** URL path of the editor; its config is public/admin/config.yml, copied by Astro as a public file. */
export const adminBase = '/admin/';

/** Astro integration that writes the editor into the build output's admin/ folder. */
export default function cmsAdmin(): AstroIntegration {
  return {
    name: 'cms-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Builds of test fixtures (tests/helpers/build.ts) have no use for the editor.
        if (process.env.BUILD_EDITOR === '0') return logger.info('editor not built (BUILD_EDITOR=0)');
        const outDir = fileURLToPath(new URL(`.${adminBase}`, dir));
        const started = Date.now();
        await build({
          configFile: false,
          root: adminSource,
          base: adminBase,
          publicDir: false,
          logLevel: 'warn',
          build: {
            outDir,
            // public/admin/config.yml is already there (copied by Astro).
            emptyOutDir: false,
            sourcemap: false,
            reportCompressedSize: false,
            chunkSizeWarningLimit: 4096,
          },
        });
        logger.info(`editor built into ${outDir} in ${Date.now() - started} ms`);
      },
    },
  };
}
