import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver, VantResolver } from 'unplugin-vue-components/resolvers'
import { VitePWA } from 'vite-plugin-pwa'
import { geoJsonPrecision } from './build-plugins/geojson-precision'
import { precompress } from './build-plugins/precompress'
import { pwaOptions } from './build-plugins/pwa'

// Element Plus and Vant components are registered on demand (only what templates use), which
// keeps the bundle and the build time small. The generated declaration file gives templates types.
// The offline China maps are served with fewer decimals (build-plugins/geojson-precision.ts).
// The manifest and the service worker come from vite-plugin-pwa (build-plugins/pwa.ts); brotli and
// gzip copies of the output are written last (build-plugins/precompress.ts).
export default defineConfig({
  plugins: [
    vue(),
    geoJsonPrecision(),
    Components({
      dts: 'src/components.d.ts',
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: 'css' })],
    }),
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
  },
})
