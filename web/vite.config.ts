import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver, VantResolver } from 'unplugin-vue-components/resolvers'
import { VitePWA } from 'vite-plugin-pwa'
import { geoJsonPrecision } from './build-plugins/geojson-precision'
import { precompress } from './build-plugins/precompress'
import { pwaOptions } from './build-plugins/pwa'
import { codeSplitting } from './build-plugins/chunks'
import { iconFontFile } from './build-plugins/icon-font-file'

// Element Plus and Vant components are registered on demand (only what templates use), which
// keeps the bundle and the build time small. The generated declaration file gives templates types.
// The offline China maps are served with fewer decimals (build-plugins/geojson-precision.ts).
// The manifest and the service worker come from vite-plugin-pwa (build-plugins/pwa.ts); brotli and
// gzip copies of the output are written last (build-plugins/precompress.ts). The chunks are
// grouped for phones (build-plugins/chunks.ts): Element Plus is one named chunk only desktop
// pages load, and small shared pieces are merged instead of being a swarm of tiny files. Vant's
// inline icon font becomes a file of its own, fetched only when an icon is drawn
// (build-plugins/icon-font-file.ts).
export default defineConfig({
  plugins: [
    vue(),
    geoJsonPrecision(),
    Components({
      dts: 'src/components.d.ts',
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: 'css' })],
    }),
    iconFontFile(),
    VitePWA(pwaOptions),
    precompress(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: codeSplitting() },
    },
  },
})
