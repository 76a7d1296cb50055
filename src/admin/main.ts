// The editor's only script: Sveltia CMS from the npm package, bundled with its fonts and chunks so
// that nothing is fetched from a CDN. It loads ./config.yml (public/admin/config.yml) by itself.
import CMS from '@sveltia/cms';

CMS.init();
