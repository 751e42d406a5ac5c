// Bundles the main-process entry points into dist/main as CommonJS.
// better-sqlite3 (native) and electron stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

// `--app`: only the bundles the app runs (npm start), not the bench's and the seed's.
const appOnly = process.argv.includes('--app');
const out = { outdir: 'dist/main', outExtension: { '.js': '.cjs' } };

await Promise.all([
  build({ ...common, entryPoints: { start: 'main/cli/start.ts' }, ...out }),
  build({ ...common, entryPoints: { 'electron-main': 'main/electron/main.ts', preload: 'main/electron/preload.ts' }, ...out, sourcemap: false }),
  // The document worker: main runs its text with eval (it may lie inside app.asar,
  // see main/docs/builder.ts), so it must need nothing but Node's builtins, and no
  // source map would be found. tests/integration/docs-worker.test.ts bundles it alike.
  build({ ...common, entryPoints: { 'docs-worker': 'main/docs/worker.ts' }, ...out, sourcemap: false }),
  ...(appOnly
    ? []
    : [
        build({ ...common, entryPoints: { bench: 'scripts/bench.ts' }, ...out }),
        build({ ...common, entryPoints: { 'seed-large': 'scripts/seed-large.ts' }, ...out }),
        // Reads per user action: drives the built renderer in Chromium (playwright-core stays a package).
        build({ ...common, entryPoints: { 'bench-reads': 'scripts/bench-reads.ts' }, ...out, external: [...common.external, 'playwright-core'] }),
        // Screens at a busy office's scale (npm run bench:ui): the built renderer in Chromium on a generated database.
        build({ ...common, entryPoints: { 'bench-ui': 'scripts/bench-ui.ts' }, ...out, external: [...common.external, 'playwright-core'] }),
      ]),
]);
