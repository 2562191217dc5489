import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // vite-plugin-pwa's virtual module exists only in the Vite build: a test double stands in.
      'virtual:pwa-register/vue': fileURLToPath(new URL('./src/shared/pwa/register-sw.test-double.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'build-plugins/**/*.test.ts'],
  },
})
