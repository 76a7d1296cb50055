/**
 * Share images (Open Graph, 1200 × 630 PNG) drawn at build time with satori (layout to SVG) and
 * resvg (SVG to PNG), in Noto fonts from npm: Noto Sans for Latin and Vietnamese, plus each
 * language's script font named in the locale table. A glyph that no font has stops the build, so an
 * image never shows empty boxes. Each PNG records the text it shows (iTXt chunks with language tags)
 * and is stored with a palette (lossless) to stay well under 60 kB.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { localeTable, locales, type Locale } from '../i18n/locales';

/** The size of every share image, in pixels (what Facebook, Zalo, KakaoTalk and X expect). */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** What a share image says: a kind of page, its title, one line of facts and the site's name. */
export interface ShareCard {
  /** The reader's language: the kind, facts and site name are in it. */
  locale: Locale;
  /** The language of the title: the reader's, or vi when the page shows the Vietnamese text. */
  lang: Locale;
  kind: string;
  title: string;
  meta: string;
  site: string;
}

const baseFont = { package: '@expo-google-fonts/noto-sans', family: 'NotoSans' };
const weights = [
  [400, '400Regular'],
  [700, '700Bold'],
] as const;
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** Where a font package is installed; a row naming a package that is not installed stops the build saying what to install. */
function fontPackage(pkg: string): string {
  try {
    return requireFromRoot.resolve(`${pkg}/package.json`);
  } catch {
    const rows = locales.filter((l) => localeTable[l].scriptFont?.package === pkg);
    const named = rows.length ? `the locale table names ${pkg} as the font of ${rows.join(', ')}` : `they need ${pkg}`;
    throw new Error(`share images: ${named}, but it is not installed (npm install --save ${pkg})`);
  }
}

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
/** Noto Sans and every script font of the locale table, regular and bold, read once per build. */
function allFonts() {
  if (fonts) return fonts;
  const wanted = [baseFont, ...locales.map((l) => localeTable[l].scriptFont).filter((f) => f !== null)];
  const unique = [...new Map(wanted.map((f) => [f.package, f])).values()];
  fonts = unique.flatMap((font) => {
    const dir = dirname(fontPackage(font.package));
    return weights.map(([weight, style]) => ({
      name: font.family,
      data: readFileSync(join(dir, style, `${font.family}_${style}.ttf`)),
      weight,
      style: 'normal' as const,
    }));
  });
  return fonts;
}

/** The font stack for text in `lang`: its script font first, then Noto Sans. */
function fontStack(lang: Locale): string {
  const own = localeTable[lang].scriptFont;
  return [own?.family, baseFont.family].filter(Boolean).join(', ');
}

/** The title's size: long titles get smaller type so that up to four lines fit. */
function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 28 ? 76 : n <= 56 ? 62 : n <= 90 ? 52 : 44;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Scripts written without spaces between words (Lao, Thai, Khmer, Myanmar …): the line breaker needs word breaks marked. */
const unspaced = /[\p{Script=Lao}\p{Script=Thai}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=New_Tai_Lue}]/u;

/** Marks the word breaks of unspaced scripts with zero-width spaces (Intl.Segmenter's words), so long titles wrap between words. */
export function markWordBreaks(text: string, lang: Locale): string {
  const segments = [...new Intl.Segmenter(localeTable[lang].intl, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  return segments.reduce((out, seg) => (unspaced.test(out.at(-1) ?? '') && unspaced.test(seg[0]) ? `${out}\u200b${seg}` : out + seg), '');
}

/** Scripts that stack vowel signs and tone marks above and below their letters (Lao, Thai …): their titles need taller lines. */
const stacksMarks = unspaced;

/** Korean keeps its words whole when wrapping (as the site's CSS does); other scripts break between words. */
const wordBreak = (text: string) => (/\p{Script=Hangul}/u.test(text) ? 'keep-all' : 'normal');

/** The card's layout, as the element tree satori draws: kind at the top, title in the middle, facts and site name below. */
function layout(card: ShareCard): Node {
  const { width, height } = shareImageSize;
  const side = 80;
  const line = { position: 'absolute', left: side, right: side, display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' };
  return el('div', { width, height, display: 'flex', position: 'relative', background: '#a3151b', color: '#ffffff', fontFamily: fontStack(card.locale) }, [
    el('div', { ...line, top: 50, fontSize: 32, lineHeight: 1.5, color: '#ffe7a8', fontWeight: 700 }, markWordBreaks(card.kind, card.locale), {
      lang: card.locale,
    }),
    el(
      'div',
      { position: 'absolute', left: side, right: side, top: 110, bottom: 170, display: 'flex', alignItems: 'center' },
      el(
        'div',
        {
          display: 'block',
          width: width - 2 * side,
          fontFamily: fontStack(card.lang),
          fontSize: titleSize(card.title),
          fontWeight: 700,
          lineHeight: stacksMarks.test(card.title) ? 1.45 : 1.25,
          lineClamp: 4,
          wordBreak: wordBreak(card.title),
        },
        markWordBreaks(card.title, card.lang),
        { lang: card.lang },
      ),
    ),
    el('div', { ...line, bottom: 112, fontSize: 30, lineHeight: 1.5 }, markWordBreaks(card.meta, card.locale), { lang: card.locale }),
    el(
      'div',
      {
        position: 'absolute',
        left: side,
        right: side,
        bottom: 40,
        height: 62,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        borderTop: '2px solid rgba(255,255,255,0.5)',
      },
      [
        el(
          'div',
          { display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', maxWidth: 880, fontSize: 28, fontWeight: 700 },
          card.site,
          { lang: card.locale },
        ),
        el('div', { width: 120, height: 10, background: '#ffbf47' }, []),
      ],
    ),
  ]);
}

/** Where drawn images are kept between builds, by a hash of everything that decides their pixels. */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'share-images');
const version = (pkg: string) => (JSON.parse(readFileSync(fontPackage(pkg), 'utf8')) as { version: string }).version;
let tools: string | undefined;
/** The versions of the libraries and fonts that draw the images, and of the PNG encoding below. */
const toolVersions = () =>
  (tools ??= JSON.stringify([
    'palette-png-1',
    ...['satori', '@resvg/resvg-js', baseFont.package, ...locales.flatMap((l) => localeTable[l].scriptFont?.package ?? [])].map((p) => `${p}@${version(p)}`),
  ]));

/**
 * Draws a card as a PNG (or takes it from the cache when the same card was drawn with the same
 * layout, libraries and fonts before); throws when a character has no glyph in any font.
 */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array> {
  const tree = layout(card);
  const key = createHash('sha256')
    .update(JSON.stringify([tree, texts(card), toolVersions()]))
    .digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await draw(card, tree);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

/** The texts a card's PNG records about itself. */
const texts = (card: ShareCard): PngText[] => [
  ['Title', card.lang, card.title],
  ['Description', card.locale, [card.kind, card.meta].filter(Boolean).join(' · ')],
  ['Source', card.locale, card.site],
];

/** Draws a card's layout with satori and resvg. */
async function draw(card: ShareCard, tree: Node): Promise<Uint8Array> {
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts: allFonts(),
    loadAdditionalAsset: async (languageCode, segment) => {
      throw new Error(`Share image "${card.title}" (${card.locale}): no font draws "${segment}" (${languageCode}); add its script's font to the locale table`);
    },
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return palettePng(new Uint8Array(image.pixels), image.width, image.height, texts(card)) ?? withText(image.asPng(), texts(card));
}

/** An iTXt text: keyword (Title, Description …), language tag and UTF-8 text. */
export type PngText = [keyword: string, lang: string, text: string];

/** One PNG chunk: length, type, data and CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** iTXt chunks (uncompressed) for texts. */
const textChunks = (texts: PngText[]) =>
  texts.map(([keyword, lang, text]) => chunk('iTXt', Buffer.concat([Buffer.from(`${keyword}\0\0\0${lang}\0\0`, 'latin1'), Buffer.from(text, 'utf8')])));

/**
 * Encodes RGBA pixels as an 8-bit palette PNG when they hold at most 256 colours, losslessly (a card
 * has a few dozen: its colours and their anti-aliased blends), about half the size of resvg's RGBA
 * PNG; undefined when there are more colours.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, texts: PngText[] = []): Uint8Array | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const index = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height); // each row: filter type 0, then one palette index per pixel
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x];
      let i = index.get(colour);
      if (i === undefined) {
        if (index.size === 256) return undefined;
        index.set(colour, (i = index.size));
      }
      rows[y * (width + 1) + 1 + x] = i;
    }
  }
  const colours = [...index.keys()].map((c) => new Uint8Array(new Uint32Array([c]).buffer)); // bytes in memory order: R, G, B, A
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, palette colour type, deflate, adaptive filtering, no interlace
  const opaque = colours.every((c) => c[3] === 255);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...textChunks(texts),
    chunk('PLTE', Buffer.concat(colours.map((c) => c.subarray(0, 3)))),
    ...(opaque ? [] : [chunk('tRNS', Buffer.from(colours.map((c) => c[3])))]),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Adds iTXt chunks after the header chunk of an existing PNG. */
export function withText(png: Uint8Array, texts: PngText[]): Uint8Array {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, then IHDR: length, type, 13 bytes of data, CRC
  return Buffer.concat([png.subarray(0, ihdrEnd), ...textChunks(texts), png.subarray(ihdrEnd)]);
}
