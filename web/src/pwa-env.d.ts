/// <reference types="vite-plugin-pwa/vue" />
