/** The share image of each entry's page in each language (/share/<locale>/<type>/<slug>.png). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { entryTypes } from '../../../../lib/entry-types';
import { entryStaticPaths } from '../../../../lib/static-paths';
import { loadSite, type Entry } from '../../../../lib/site-content';
import { entryShareCard } from '../../../../lib/share-card';
import { renderShareImage } from '../../../../lib/share-image';

export async function getStaticPaths() {
  const perType = await Promise.all(
    entryTypes.map(async (type) => (await entryStaticPaths(type)).map(({ params, props }) => ({ params: { ...params, type }, props }))),
  );
  return perType.flat();
}

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const card = entryShareCard(site, (props as { entry: Entry }).entry, params.locale as Locale);
  return new Response(Uint8Array.from(await renderShareImage(card)), { headers: { 'content-type': 'image/png' } });
};
