// One event as an iCalendar file, for "add to calendar": /<locale>/events/<slug>/event.ics
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { calendar } from '../../../../lib/ical';
import { entryStaticPaths } from '../../../../lib/static-paths';
import { loadSite, textIn, type Entry } from '../../../../lib/site-content';
import { calendarEvents } from '../../../../lib/syndication';

export const getStaticPaths = () => entryStaticPaths('events');

export const GET: APIRoute = async ({ params, props }) => {
  const locale = params.locale as Locale;
  const entry = (props as { entry: Entry<'events'> }).entry;
  const site = await loadSite();
  const body = calendar(textIn(entry, locale).data.title, calendarEvents(site, locale, [entry]));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
