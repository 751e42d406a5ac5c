import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the document worker (main/docs/worker.ts) into `outdir` with the
 * options scripts/build-main.mjs uses for dist/main/docs-worker.cjs, and
 * answers the bundle's path.
 */
export async function bundleDocsWorker(outdir: string): Promise<string> {
  await build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
    sourcemap: false,
    absWorkingDir: join(__dirname, '..', '..'),
    entryPoints: { 'docs-worker': 'main/docs/worker.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
  });
  return join(outdir, 'docs-worker.cjs');
}
