/**
 * A static map drawn at build time: country outlines from Natural Earth (world-atlas, 1:50m),
 * projected into panels (equirectangular, scaled by the cosine of the middle latitude) and written
 * as SVG paths. Nothing is fetched in the browser; no tiles, no script.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

/** A rectangle of the map: which longitudes/latitudes it shows and where it sits in the SVG. */
export interface Panel {
  id: string;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  x: number;
  y: number;
  width: number;
}

/** ISO 3166 alpha-2 → numeric codes used by world-atlas, for the countries the site names. */
const numericCode: Record<string, string> = { VN: '704', LA: '418', KR: '410', JP: '392', CN: '156', PL: '616' };

type Ring = Array<[number, number]>;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;

/** The frame of the home page's small map (/map-preview.svg): Poland to Japan, Laos to the north of China. */
export const previewPanel: Panel = { id: 'preview', bbox: [12, 8, 146, 58], x: 0, y: 0, width: 320 };

/** The height of a panel, from its width and the aspect of its projected bbox. */
export function panelHeight(p: Panel): number {
  const [w, s, e, n] = p.bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  return Math.round((p.width * (n - s)) / ((e - w) * k));
}

/** Projects a longitude/latitude into SVG coordinates of a panel. */
export function project(p: Panel, lon: number, lat: number): [number, number] {
  const [w, , e, n] = p.bbox;
  const scale = p.width / (e - w);
  const k = Math.cos((((p.bbox[1] + n) / 2) * Math.PI) / 180);
  return [p.x + (lon - w) * scale, p.y + ((n - lat) * scale) / k];
}

/** True when a longitude/latitude lies inside a panel's bbox. */
export function contains(p: Panel, lon: number, lat: number): boolean {
  const [w, s, e, n] = p.bbox;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function ringsOf(geometry: GeoJSON.Geometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

function overlaps(p: Panel, ring: Ring): boolean {
  const [w, s, e, n] = p.bbox;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return maxX >= w && minX <= e && maxY >= s && minY <= n;
}

/** Clips a ring to a rectangle (Sutherland–Hodgman), so shapes far outside a panel cost nothing. */
function clip(ring: Ring, [w, s, e, n]: Panel['bbox']): Ring {
  const edges: Array<[(q: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]]> = [
    [(q) => q[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(q) => q[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(q) => q[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(q) => q[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    });
    if (out.length === 0) break;
  }
  return out;
}

/** SVG path data of one ring, clipped to the panel, with points closer than 2 px dropped (keeps pages small). */
function ringPath(p: Panel, ring: Ring): string {
  const [w, s, e, n] = p.bbox;
  const margin = 0.5; // degrees beyond the panel, hidden by its clip path
  const points: Array<[number, number]> = [];
  for (const [lon, lat] of clip(ring, [w - margin, s - margin, e + margin, n + margin])) {
    const [x, y] = project(p, lon, lat).map((v) => Math.round(v));
    const last = points.at(-1);
    if (!last || Math.abs(last[0] - x) + Math.abs(last[1] - y) >= 2) points.push([x, y]);
  }
  return points.length > 2 ? `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z` : '';
}

/** Outlines of every country visible in a panel; `highlight` marks countries by ISO alpha-2 code. */
export function countryShapes(p: Panel, highlight: string[]): Array<{ d: string; highlighted: boolean; code?: string }> {
  const wanted = new Map(highlight.map((c) => [numericCode[c], c]));
  return countries
    .map((f) => {
      const d = ringsOf(f.geometry)
        .flatMap((polygon) => polygon.filter((ring) => overlaps(p, ring)).map((ring) => ringPath(p, ring)))
        .join('');
      const code = wanted.get(String(f.id));
      return { d, highlighted: !!code, code };
    })
    .filter((c) => c.d !== '');
}
