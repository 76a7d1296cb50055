// Draws the share image of each language (public/share/<locale>.png, 1200×630) with Debian's
// Chromium, in the language's own script. Run after changing the site name or tagline:
//   node scripts/make-share-images.ts   (needs fonts-noto-core and fonts-noto-cjk installed)
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/helpers/browser.ts';
import { locales } from '../src/i18n/locales.ts';
import vi from '../src/i18n/ui/vi.json' with { type: 'json' };
import en from '../src/i18n/ui/en.json' with { type: 'json' };
import ko from '../src/i18n/ui/ko.json' with { type: 'json' };
import lo from '../src/i18n/ui/lo.json' with { type: 'json' };

const ui = { vi, en, ko, lo } as const;
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const locale of locales) {
  const s = ui[locale].site;
  const escape = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#a3151b;color:#fff;font-family:'Noto Sans','Noto Sans Lao','Noto Sans CJK KR',sans-serif">
    <div style="font-size:30px;opacity:.9;margin-bottom:24px">${escape(s.mergerShort.replace('{{date}}', '01/07/2025'))}</div>
    <div style="font-size:76px;font-weight:700;line-height:1.2">${escape(s.name)}</div>
    <div style="font-size:34px;margin-top:30px;line-height:1.45;max-width:1000px">${escape(s.tagline)}</div>
    <div style="position:absolute;right:90px;bottom:60px;width:120px;height:8px;background:#ffbf47"></div>
  </body></html>`);
  writeFileSync(`public/share/${locale}.png`, await page.screenshot({ type: 'png' }));
  console.log(`public/share/${locale}.png`);
}
await browser.close();
