// The open datasets as JSON and CSV: /data/<dataset>.json and /data/<dataset>.csv
import type { APIRoute } from 'astro';
import { dataAsOf, datasets, toCsv, type Dataset } from '../../lib/open-data';
import { loadSite } from '../../lib/site-content';
import { dataLicence } from '../../lib/build-settings';

export async function getStaticPaths() {
  const site = await loadSite();
  const asOf = dataAsOf(site);
  return datasets(site).flatMap((ds) => [
    { params: { file: `${ds.name}.json` }, props: { ds, asOf } },
    { params: { file: `${ds.name}.csv` }, props: { ds, asOf } },
  ]);
}

export const GET: APIRoute = ({ params, props }) => {
  const { ds, asOf } = props as { ds: Dataset; asOf: string };
  if (params.file!.endsWith('.csv')) return new Response(toCsv(ds), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  const body = { dataset: ds.name, asOf, licence: dataLicence, fields: ds.fields, records: ds.records };
  return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
