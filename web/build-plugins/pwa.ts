// The installable app: the web app manifest and the service worker (vite-plugin-pwa, Workbox).
// The service worker precaches the app shell (index.html) and the hashed assets, answers every
// navigation with the cached shell (so a reload offline shows the app, not the browser's error
// page) and never touches /api: API answers always come from the network. It waits for the user
// before taking over (registerType "prompt"): src/shared/pwa/UpdatePrompt.vue asks
// "新版本可用，刷新" when a new version is waiting.
import type { VitePWAOptions } from 'vite-plugin-pwa'

export const THEME_COLOR = '#1989fa'

export const manifest = {
  id: '/',
  name: '圈客 Quanke',
  short_name: '圈客',
  description: '圈客 Quanke 销售 CRM — sales CRM',
  lang: 'zh-CN',
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  theme_color: THEME_COLOR,
  background_color: '#f5f6f8',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}

/** Paths the service worker leaves to the network: the API, and anything that is a file. */
export const NAVIGATE_FALLBACK_DENYLIST = [/^\/api\//, /\/[^/?]+\.[^/?]+$/]

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false, // src/shared/pwa/UpdatePrompt.vue registers it (useRegisterSW)
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
  manifest,
  workbox: {
    // The manifest, its icons and includeAssets are added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,woff2}'], // woff2: the icon font (icon-font-file.ts)
    // Not precached, fetched (and then kept) when a page needs them: the province and city
    // outlines of the offline maps (assets/<adcode>-*.js, 34 files, ~1 MB compressed), the
    // .xlsx writer of exports and the pinyin dictionary of name search (chunks.ts). Everything
    // else is about 1 MB with brotli.
    globIgnores: ['**/*.br', '**/*.gz', 'assets/[0-9][0-9][0-9][0-9][0-9][0-9]-*.js', 'assets/exceljs*.js', 'assets/pinyin-*.js'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
    cleanupOutdatedCaches: true,
    // Files of the build that are not precached are kept once fetched; hashed names never change
    // content. The API is not listed: it is never cached.
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
        handler: 'CacheFirst',
        options: { cacheName: 'quanke-assets', expiration: { maxEntries: 400 } },
      },
    ],
  },
}
