import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * index.html loads only boot.ts (it asks for the first screen's data at
 * once), which then imports main.tsx. So that the app's chunks are not
 * fetched only after boot ran, the page names them as modulepreload links
 * and its stylesheets as links: the browser fetches and compiles them
 * meanwhile, off the main thread.
 */
function preloadApp(): Plugin {
  return {
    name: 'rombongan-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const app = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.tsx'));
        if (!app || app.type !== 'chunk') return [];
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string) => {
          const c = bundle[name];
          // The entry (boot.ts's chunk) is the page's script already.
          if (!c || c.type !== 'chunk' || c.isEntry || js.has(name)) return;
          js.add(name);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(app.fileName);
        return [
          ...[...css].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
          ...[...js].map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

// Relative base: the same build is served by browser mode (http://127.0.0.1)
// and by Electron's app:// protocol.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadApp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Inline nothing as data: URLs; the CSP allows scripts from 'self' only.
    assetsInlineLimit: 0,
  },
});
