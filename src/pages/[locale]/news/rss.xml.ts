// The news feed of one language: /<locale>/news/rss.xml
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { rssFeed } from '../../../lib/feeds';
import { localeStaticPaths } from '../../../lib/static-paths';
import { loadSite } from '../../../lib/site-content';
import { newsItems } from '../../../lib/syndication';
import { localePath } from '../../../lib/urls';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const site = await loadSite();
  const body = rssFeed({
    title: t('feed.news'),
    description: t('news.intro'),
    path: localePath(locale, 'news'),
    selfPath: `${localePath(locale, 'news')}rss.xml`,
    locale,
    items: newsItems(site, locale),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
