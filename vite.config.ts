// Phaser is one large ESM module (~1.4 MB raw, no tree-shaking), so it gets a chunk of its own:
// the game's code then changes without busting the browser's cache of Phaser.
// Vite 8 bundles with Rolldown: chunk groups live in `rolldownOptions.output.codeSplitting`
// (`manualChunks` is deprecated and ignored when `codeSplitting` is set).
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ICONS } from './src/cli/icons/icon-list.ts';

// The dev server injects imported CSS as <style> elements, which index.html's strict CSP
// (style-src 'self') blocks. Relax that one directive for `vite` (serve) only; builds and
// `vite preview` keep the policy exactly as written.
function devStyleCsp(): Plugin {
  return {
    name: 'frontier-crisis:dev-style-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

/**
 * Offline play and installation: a web app manifest and a Workbox service worker that precaches
 * the whole build (the lazy screens, Chart.js, the lab's worker, Phaser and the sounds included),
 * so after one visit the game loads with no network. `registerType: 'prompt'` keeps a new version
 * waiting until the player reloads into it (src/offline/); the registration is an imported module,
 * never an inline script, so the page's CSP stays `script-src 'self'`. Off in `vite` (dev).
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Frontier Crisis',
      short_name: 'Frontier Crisis',
      description:
        'A turn-based strategy game of the Pakistan–Afghanistan frontier crisis, 2025–26.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#1b2430',
      background_color: '#1b2430',
      icons: ICONS.filter((icon) => icon.file !== 'apple-touch-icon-180.png').map((icon) => ({
        src: `icons/${icon.file}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.maskable ? 'maskable' : 'any',
      })),
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff2,ogg,mp3,json,webmanifest}'],
      // Phaser's chunk is about 1.4 MB; the default cap (2 MiB) would drop anything larger silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });
}

/**
 * Headers that only a server can send (a page's <meta> cannot): no other site may frame the game
 * (clickjacking a Delete), a page that opens the game gets no handle on its window (so it cannot
 * set its address to a share link), and no response is sniffed into another type. `vite preview`
 * sends them; the README's "Hosting" section lists them for any other host.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  base: './',
  plugins: [devStyleCsp(), offline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
});
