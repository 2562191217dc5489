// Draws the app icon (an SVG written here: a ring — 圈 — around a customer dot) and renders the
// PNGs the web app manifest names with the system Chromium, so no artwork is downloaded:
//   public/icons/icon.svg            the favicon
//   public/icons/icon-192.png        192x192, purpose "any"
//   public/icons/icon-512.png        512x512, purpose "any"
//   public/icons/maskable-512.png    512x512, purpose "maskable" (content inside the 80 % safe zone)
//   public/icons/apple-touch-icon.png 180x180
// Run again after changing the drawing: `node scripts/make-icons.mjs` (in web/).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

export const THEME_COLOR = '#1989fa' // build-plugins/pwa.ts uses the same colour
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons')

/** The icon on a 100x100 canvas; `scale` shrinks the drawing around the centre (maskable). */
function svg({ rounded, scale }) {
  const r = rounded ? 22 : 0
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${r}" fill="${THEME_COLOR}"/>
  <g transform="translate(50 50) scale(${scale}) translate(-50 -50)">
    <circle cx="50" cy="50" r="28" fill="none" stroke="#fff" stroke-width="9"/>
    <circle cx="50" cy="50" r="9" fill="#fff"/>
    <circle cx="73" cy="28" r="7" fill="#ffd21e"/>
  </g>
</svg>
`
}

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.85 },
]

mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'icon.svg'), svg({ rounded: true, scale: 1 }))
const browser = await chromium.launch({
  executablePath: process.env.QUANKE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 })
    const body = svg(icon).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`)
    await page.screenshot({ path: join(out, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } })
    await page.close()
  }
} finally {
  await browser.close()
}
console.log(`icons written to ${out}`)
