/**
 * Deployment settings that are not content.
 * SITE_URL is the public origin used for canonical URLs, hreflang and the sitemap; set it at deploy
 * time (the default is a placeholder until the province confirms the domain).
 */
import { provinceTimeZone } from './province.ts';

export const siteUrl = (process.env.SITE_URL ?? 'https://hoptacquocte.bacgiang.gov.vn').replace(/\/$/, '');

/** The build day (YYYY-MM-DD) in the province's time zone, which splits upcoming from past events; BUILD_DATE overrides it. */
export const buildDate = process.env.BUILD_DATE ?? new Intl.DateTimeFormat('en-CA', { timeZone: provinceTimeZone }).format(new Date());

/** The licence of the site's open data and translations (a policy setting; the province may change it). */
export const dataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
