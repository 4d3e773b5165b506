import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { questionnairesPlugin } from './scripts/questionnaires-plugin';

export default defineConfig({
  plugins: [
    preact(),
    questionnairesPlugin(),
    VitePWA({
      // The app offers the update itself, at a safe moment (src/pwa/).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Repères IA',
        short_name: 'Repères IA',
        description:
          "Mesurez où vous en êtes avec l'intelligence artificielle et découvrez quoi apprendre ensuite. Vos réponses restent sur votre appareil.",
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d3a8a',
        background_color: '#ffffff',
        categories: ['education'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every language and every questionnaire version is precached, so a stored
        // result can always be reopened offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png,jpg,jpeg,webp,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit is offline-ready at once; later versions still wait for the person.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2020',
    // Lists each chunk's static imports: the size budget of the first screen is computed from it.
    manifest: true,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
