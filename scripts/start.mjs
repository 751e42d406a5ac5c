// `npm start` (and `npm run dev:browser`): builds only what is older than its
// sources — the renderer when renderer/ or shared/ changed since
// dist/renderer, the app's main bundles (not the bench's or the seed's) when
// main/ or shared/ changed since dist/main — then starts the app in this
// process. A current dist/ starts at once.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stale } from './freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);

function run(what, args) {
  console.log(`Building ${what} (its sources changed since the last build)…`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const common = [at('shared'), at('package-lock.json')];
if (stale([at('renderer'), ...common], [at('dist/renderer/index.html')])) {
  run('the interface', [at('node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
}
const appBundles = ['start', 'electron-main', 'preload', 'docs-worker'].map((n) => at('dist/main', `${n}.cjs`));
if (stale([at('main'), at('scripts/build-main.mjs'), ...common], appBundles)) {
  run('the app', [at('scripts/build-main.mjs'), '--app']);
}

// dist/main/start.cjs reads process.argv as `node <script> [args]`, which it is here too.
createRequire(import.meta.url)(at('dist/main/start.cjs'));
