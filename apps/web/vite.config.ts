import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { firstScreenChunks, firstScreenTexts } from './vite-plugins/first-screen-chunks.ts';
import { precompress } from './vite-plugins/precompress';

const bff = 'http://127.0.0.1:3000';

export default defineConfig(() => ({
  plugins: [react(), precompress()],
  resolve: {
    // `/src` resolves from the project root; mirrors `paths` in tsconfig.json.
    alias: [{ find: '@', replacement: '/src' }],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The BFF owns the session cookie, so the dev server forwards API and sign-in traffic to it.
    proxy: { '/api': bff, '/auth': bff },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: { '/api': bff, '/auth': bff } },
  build: {
    // The BFF's CSP forbids inline scripts and styles: keep every asset a separate file.
    assetsInlineLimit: 0,
    // Every browser the build targets preloads modules natively; one without only loads them a little later.
    modulePreload: { polyfill: false },
    // React is its own chunk (it changes least and every screen needs it). Other libraries are not grouped:
    // one `vendor` chunk would put what only some screens use (forms, phone metadata, Trans) into the first
    // load. Ungrouped, what the shell uses goes with the shell and the rest follows the lazy screens.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            firstScreenChunks(import.meta.dirname),
            firstScreenTexts(),
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Above testing-library's 5 s wait (src/testing/setup.ts), so a stuck findBy reports what it missed.
    testTimeout: 15_000,
  },
}));
