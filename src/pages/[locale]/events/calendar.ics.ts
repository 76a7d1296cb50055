// All events of one language as an iCalendar file: /<locale>/events/calendar.ics
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { calendar } from '../../../lib/ical';
import { localeStaticPaths } from '../../../lib/static-paths';
import { loadSite } from '../../../lib/site-content';
import { calendarEvents } from '../../../lib/syndication';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const site = await loadSite();
  const body = calendar(useTranslations(locale)('calendar.name'), calendarEvents(site, locale, site.events));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
