/**
 * A small picture of where the partners are (/map-preview.svg), for the home page's link to the map:
 * Europe to Japan, partner countries shaded, one dot per partner locality, Bắc Giang in red. No text,
 * so one file serves every language; the full map with names and links is /<locale>/map/.
 */
import type { APIRoute } from 'astro';
import { countryShapes, panelHeight, previewPanel, project } from '../lib/map';
import { provinceCentre } from '../lib/province-context';
import { loadSite } from '../lib/site-content';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const p = previewPanel;
  const height = panelHeight(p);
  const countries = [...new Set(site.partners.map((e) => e.facts.country))];
  const dot = ([x, y]: number[], r: number, fill: string) =>
    `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${fill}" stroke="#fff" stroke-width="0.8"/>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${p.width} ${height}" width="${p.width}" height="${height}">`,
    `<rect width="${p.width}" height="${height}" fill="#e8f1f8"/>`,
    ...countryShapes(p, [...countries, 'VN']).map(
      (c) => `<path d="${c.d}" fill="${c.code === 'VN' ? '#f6d2d2' : c.highlighted ? '#f3dcc6' : '#e4e1d8'}" stroke="#b9b4a6" stroke-width="0.3"/>`,
    ),
    ...site.partners.filter((e) => e.facts.coordinates).map((e) => dot(project(p, e.facts.coordinates![1], e.facts.coordinates![0]), 2.8, '#0b4f9c')),
    dot(project(p, ...provinceCentre), 3.5, '#a3151b'),
    '</svg>',
  ].join('');
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
