// Reads what a PNG file says about itself: its size (IHDR) and its iTXt text chunks, independently of the site's code.
import { inflateSync } from 'node:zlib';

/** Width and height from the IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The iTXt chunks: keyword, language tag and text. */
export function pngTexts(png: Uint8Array): Array<{ keyword: string; lang: string; text: string }> {
  const b = Buffer.from(png);
  const out: Array<{ keyword: string; lang: string; text: string }> = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    const data = b.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const z1 = data.indexOf(0);
      const compressed = data[z1 + 1] === 1;
      const z2 = data.indexOf(0, z1 + 3);
      const z3 = data.indexOf(0, z2 + 1);
      const body = data.subarray(z3 + 1);
      out.push({
        keyword: data.subarray(0, z1).toString('latin1'),
        lang: data.subarray(z1 + 3, z2).toString('latin1'),
        text: (compressed ? inflateSync(body) : body).toString('utf8'),
      });
    }
    at += 12 + length;
  }
  return out;
}
