// The events with one partner, in one language: /<locale>/partners/<slug>/calendar.ics
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/ui';
import { calendar } from '../../../../lib/ical';
import { entryStaticPaths } from '../../../../lib/static-paths';
import { loadSite, textIn, type Entry } from '../../../../lib/site-content';
import { calendarEvents } from '../../../../lib/syndication';

export const getStaticPaths = () => entryStaticPaths('partners');

export const GET: APIRoute = async ({ params, props }) => {
  const locale = params.locale as Locale;
  const entry = (props as { entry: Entry<'partners'> }).entry;
  const site = await loadSite();
  const events = site.events.filter((e) => e.facts.partners.includes(entry.slug));
  const name = useTranslations(locale)('calendar.partner', { name: textIn(entry, locale).data.title });
  const body = calendar(name, calendarEvents(site, locale, events));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
