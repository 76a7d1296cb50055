// News and events about one partner, in one language: /<locale>/partners/<slug>/rss.xml
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/ui';
import { rssFeed } from '../../../../lib/feeds';
import { entryStaticPaths } from '../../../../lib/static-paths';
import { textIn, type Entry } from '../../../../lib/site-content';
import { loadSite } from '../../../../lib/site-content';
import { partnerItems } from '../../../../lib/syndication';
import { entryPath } from '../../../../lib/urls';

export const getStaticPaths = () => entryStaticPaths('partners');

export const GET: APIRoute = async ({ params, props }) => {
  const locale = params.locale as Locale;
  const entry = (props as { entry: Entry<'partners'> }).entry;
  const t = useTranslations(locale);
  const site = await loadSite();
  const name = textIn(entry, locale).data.title;
  const path = entryPath(locale, 'partners', entry.slug);
  const body = rssFeed({
    title: t('feed.partner', { name }),
    description: textIn(entry, locale).data.summary,
    path,
    selfPath: `${path}rss.xml`,
    locale,
    items: partnerItems(site, locale, entry.slug),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
