// What a page downloaded, by the chunk names build-plugins/chunks.ts gives the bundle: issue 19's
// phone bundle carries neither Element Plus nor the desktop layout, and one language table.
import { expect, type Page } from '@playwright/test'

export const ELEMENT_PLUS = /\/assets\/element-plus-[\w-]+\.(js|css)$/
export const DESKTOP_LAYOUT = /\/assets\/DesktopLayout-[\w-]+\.(js|css)$/
/** The app's tables: zh-CN-HASH.js, en-HASH.js (Vant's packs are en-US-HASH.js, not matched). */
export const LOCALE_TABLE = /\/assets\/(zh-CN|en)-[A-Za-z0-9_-]{8}\.js$/

export interface Downloads {
  urls: string[]
  /** Bodies of the stylesheets, to look for inlined fonts. */
  css: Map<string, Promise<string>>
}

/** Records every request the page makes (the service worker's own are not the page's). */
export function recordDownloads(page: Page): Downloads {
  const downloads: Downloads = { urls: [], css: new Map() }
  page.on('request', (request) => downloads.urls.push(new URL(request.url()).pathname))
  page.on('response', (response) => {
    if (response.request().resourceType() === 'stylesheet') downloads.css.set(response.url(), response.text().catch(() => ''))
  })
  return downloads
}

/** The language tables fetched, by language. */
export function localeTables(downloads: Downloads): string[] {
  return downloads.urls.map((u) => u.match(LOCALE_TABLE)?.[1]).filter((l): l is string => !!l)
}

/** No Element Plus, no desktop layout, no inlined icon font so far. */
export async function expectPhoneOnly(downloads: Downloads, where: string): Promise<void> {
  expect(downloads.urls.filter((u) => ELEMENT_PLUS.test(u)), `${where}: Element Plus`).toEqual([])
  expect(downloads.urls.filter((u) => DESKTOP_LAYOUT.test(u)), `${where}: desktop layout`).toEqual([])
  for (const [url, body] of downloads.css) {
    expect(await body, `${where}: ${url} inlines a font`).not.toContain('data:font/woff2')
  }
}
