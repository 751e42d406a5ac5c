// `npm test`: builds the renderer (the end-to-end tests drive the real build),
// runs every Vitest project, and ends with one plain line that CI reads:
// "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const build = run('vite', ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('reports', { recursive: true });
rmSync('reports/vitest.json', { force: true });
const extra = process.argv.slice(2);
const vitest = run('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json', ...extra]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count: count it as a failure.
  failed += (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
} catch (e) {
  console.error('Could not read the Vitest report:', e instanceof Error ? e.message : e);
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
