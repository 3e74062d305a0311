/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const apiTarget = 'http://127.0.0.1:8080';

/** The server's own paths: a navigation to them is never answered with the app shell (docs/offline.md). */
const serverPaths = [/^\/api\//, /^\/hubs\//, /^\/swagger/, /^\/metrics/, /^\/health/];

export default defineConfig({
  plugins: [
    react(),
    // The installable app (docs/offline.md, "Installing the app and the first load"): the service worker precaches the
    // shell and every page's chunk, so a page never opened online still opens offline. It caches nothing of the API:
    // offline data lives in IndexedDB only. A new version waits until the user chooses to reload (app/pwa).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        name: 'Microfinance',
        short_name: 'Microfinance',
        description: 'Collecte, épargne, crédit et tontines des agents de terrain, même hors connexion.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0d6efd',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: serverPaths,
        cleanupOutdatedCaches: true,
        // No runtimeCaching: the API is never answered from the service worker (contract §5).
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/swagger': apiTarget,
      '/hubs': { target: apiTarget, ws: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Node's fetch cannot resolve relative URLs, so tests talk to an absolute (mocked) origin.
    env: { VITE_API_BASE_URL: 'http://api.test' },
  },
});
