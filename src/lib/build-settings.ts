/**
 * Build and deployment settings that are not content, each overridable by an environment variable
 * at build time (SITE_URL, BUILD_DATE, CONTENT_DIR).
 */
import { provinceTimeZone } from './province-context.ts';

/** The public origin used for canonical URLs, hreflang and the sitemap; set SITE_URL at deploy time (the default is a placeholder until the province confirms the domain). */
export const siteUrl = (process.env.SITE_URL ?? 'https://hoptacquocte.bacgiang.gov.vn').replace(/\/$/, '');

/** The build day (YYYY-MM-DD) in the province's time zone, which splits upcoming from past events; BUILD_DATE overrides it. */
export const buildDate = process.env.BUILD_DATE ?? new Intl.DateTimeFormat('en-CA', { timeZone: provinceTimeZone }).format(new Date());

/** The licence of the site's open data and translations (a policy setting; the province may change it). */
export const dataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** Where the content lives: the top-level content/ folder; tests point CONTENT_DIR at fixture trees to prove that bad content fails the build. */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
