// Phaser is one large ESM module (~1.4 MB raw, no tree-shaking), so it gets a chunk of its own:
// the game's code then changes without busting the browser's cache of Phaser.
// Vite 8 bundles with Rolldown: chunk groups live in `rolldownOptions.output.codeSplitting`
// (`manualChunks` is deprecated and ignored when `codeSplitting` is set).
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  base: './',
  plugins: [devStyleCsp()],
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
  },
});
