import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base: the same build is served by browser mode (http://127.0.0.1)
// and by Electron's app:// protocol.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Inline nothing as data: URLs; the CSP allows scripts from 'self' only.
    assetsInlineLimit: 0,
  },
});
