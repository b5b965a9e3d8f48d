// Draws the app's icons (manifest, home screen) from public/favicon.svg with Debian's Chromium:
// `node scripts/make-icons.mjs`. The PNGs are committed; run this again only when the logo changes.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const out = (name) => new URL(`../public/icons/${name}`, import.meta.url).pathname;

// A maskable icon keeps its picture inside the middle 80% (the launcher may cut a circle out of it).
const icons = [
  { name: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { name: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { name: 'icon-maskable-512.png', size: 512, inset: 0.12, background: '#c8161d' },
  { name: 'apple-touch-icon.png', size: 180, inset: 0.06, background: '#c8161d' },
];

const browser = await chromium.launch({ executablePath: process.env.XQ_CHROMIUM ?? '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { name, size, inset, background } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<html><body style="margin:0;background:${background}">` +
      `<div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">` +
      svg.replace('<svg ', '<svg width="100%" height="100%" ') +
      '</div></body></html>',
  );
  await page.screenshot({ path: out(name), omitBackground: background === 'transparent' });
}
await browser.close();
