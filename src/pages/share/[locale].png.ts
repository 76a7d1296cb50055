/** The site's share image in one language (/share/<locale>.png), for pages that are not an entry. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../lib/static-paths';
import { siteShareCard } from '../../lib/share-card';
import { renderShareImage } from '../../lib/share-image';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(Uint8Array.from(await renderShareImage(siteShareCard(params.locale as Locale))), { headers: { 'content-type': 'image/png' } });
