// npm run cms:config — writes the editor's configuration (public/admin/config.yml, Sveltia CMS) from
// the content schemas and the label table (src/lib/cms-config.ts). Run it after changing a schema;
// the unit tests fail while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsConfigYaml } from '../src/lib/cms-config.ts';

const file = join(import.meta.dirname, '..', 'public', 'admin', 'config.yml');
writeFileSync(file, cmsConfigYaml());
console.log(`  ✓ wrote ${file}`);
