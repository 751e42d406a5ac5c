/**
 * `npm start`: opens the Electron window when Electron can run here; otherwise
 * says so in one line and serves the same app to a browser on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startApp } from '../app';
import { resolveDbPath } from '../paths';
import { startBrowserServer } from '../server/browser-server';
import { AppError } from '../../shared/result';

const here = __dirname; // dist/main
const root = join(here, '..', '..');
const args = process.argv.slice(2);

/** Path of a runnable Electron binary, or the reason there is none. */
function findElectron(): { path: string } | { reason: string } {
  const require = createRequire(join(root, 'package.json'));
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    // Electron fetches its binary on first use; try once, quietly.
    const r = spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
    if (r.status !== 0 || !existsSync(pathFile)) return { reason: 'its binary could not be downloaded' };
  }
  const bin = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? { path: bin } : { reason: 'its binary is missing' };
}

async function browserMode(reason: string | null): Promise<void> {
  const dbPath = resolveDbPath(args);
  if (reason) console.log(`Electron is not available here (${reason}); serving Rombongan in browser mode instead.`);
  const app = await startApp({ dbPath, mode: 'browser', backups: 'deferred' });
  const portArg = args.find((a) => a.startsWith('--port='));
  const server = await startBrowserServer({
    dispatch: app.dispatch,
    onChanges: app.onChanges,
    takeDoc: (id) => app.takeDoc(id),
    staticDir: join(here, '..', 'renderer'),
    port: portArg ? Number(portArg.slice('--port='.length)) : 0,
  });
  console.log(`Rombongan is running. Open this address in your browser: ${server.url}`);
  console.log(`Database: ${dbPath}  (Ctrl+C to stop)`);
  // The start-up backup, once the address is out: it runs in steps and never holds the first page.
  void app.backupNow();
  const health = app.health();
  if (health.state !== 'ok') {
    console.log(`The database is ${health.state} (${health.problem ?? ''}): the app explains it and offers its backups. Log: ${health.logPath}`);
  }
  const stop = () => {
    void server.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  if (args.includes('--browser')) return browserMode(null);
  const electron = findElectron();
  if ('reason' in electron) return browserMode(electron.reason);
  const child = spawn(electron.path, [join(here, 'electron-main.cjs'), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  // One line, never a stack trace: the details are in the log beside the database.
  console.error(`Rombongan could not start: ${e instanceof AppError ? e.message : e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
