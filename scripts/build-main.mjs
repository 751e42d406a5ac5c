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

await Promise.all([
  build({ ...common, entryPoints: { start: 'main/cli/start.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { 'electron-main': 'main/electron/main.ts', preload: 'main/electron/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, sourcemap: false }),
  build({ ...common, entryPoints: { bench: 'scripts/bench.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { 'seed-large': 'scripts/seed-large.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Reads per user action: drives the built renderer in Chromium (playwright-core stays a package).
  build({ ...common, entryPoints: { 'bench-reads': 'scripts/bench-reads.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, external: [...common.external, 'playwright-core'] }),
  // The document worker: main runs its text with eval (it may lie inside app.asar,
  // see main/docs/builder.ts), so it must need nothing but Node's builtins, and no
  // source map would be found. tests/integration/docs-worker.test.ts bundles it alike.
  build({ ...common, entryPoints: { 'docs-worker': 'main/docs/worker.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, sourcemap: false }),
]);
