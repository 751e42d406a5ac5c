/**
 * The Electron shell: one sandboxed window showing the built renderer from
 * app://rombongan/, and one IPC channel into the same dispatcher every other
 * transport uses. Bundled by scripts/build-main.mjs to dist/main/electron-main.cjs;
 * the renderer is then at dist/renderer and the preload at dist/main/preload.cjs.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type IpcMainInvokeEvent } from 'electron';
import { guardUnload } from './unload';
import { join } from 'node:path';
import { APP_VERSION, startApp, type App } from '../app';
import { requestTooLarge } from '../dispatcher';
import { resolveDbPath } from '../paths';
import type { Result } from '../../shared/result';
import { CHANGES_CHANNEL, INVOKE_CHANNEL } from './channel';
import { createDesktop } from './desktop';
import { buildMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, installSecurityGuards } from './security';
import { APP_ENTRY_URL, isTrustedSenderFrame } from './url-policy';

const PRODUCT_NAME = 'Rombongan';
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let core: App | null = null;

// ---- Before 'ready' -------------------------------------------------------

// The same data folder as browser mode and the CLI (main/paths.ts), also when
// started as `electron dist/main/electron-main.cjs`, where Electron would name
// the app "Electron". Set before the single-instance lock, which lives there.
app.setName(PRODUCT_NAME);
app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME));
// Every renderer sandboxed, whatever a window's webPreferences say.
app.enableSandbox();
// Date inputs and number formats follow Chromium's locale: Indonesian
// (dd/mm/yyyy) by default, whatever the laptop's own language.
app.commandLine.appendSwitch('lang', 'id-ID');
registerAppScheme();
installSecurityGuards();

// ---- IPC ------------------------------------------------------------------

const unauthorized: Result<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'IPC refused: not from the main frame of the Rombongan window', key: 'errors.UNAUTHORIZED' },
};

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  try {
    const win = mainWindow;
    if (win === null || win.isDestroyed()) return false;
    if (event.sender.id !== win.webContents.id) return false;
    return isTrustedSenderFrame(event.senderFrame, win.webContents.mainFrame);
  } catch {
    return false; // a frame torn down mid-check
  }
}

/**
 * The contract's wire limit (MAX_REQUEST_BYTES), as browser mode enforces it on
 * the HTTP body. IPC hands us deserialised values, so measure them as JSON.
 */
function wireProblem(operation: unknown, input: unknown): Result<never> | null {
  let bytes: number;
  try {
    bytes = Buffer.byteLength(JSON.stringify({ operation, input }) ?? '', 'utf8');
  } catch {
    return { ok: false, error: { code: 'VALIDATION', message: 'Input is not plain JSON data', key: 'validation.invalid' } };
  }
  if (requestTooLarge(bytes)) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Request too large', key: 'validation.tooLarge' } };
  }
  return null;
}

/** Never throws across IPC: every outcome is a Result. */
async function onInvoke(event: IpcMainInvokeEvent, operation: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) return unauthorized;
  const problem = wireProblem(operation, input);
  if (problem !== null) return problem;
  if (core === null) {
    return { ok: false, error: { code: 'INTERNAL', message: 'Rombongan is shutting down', key: 'errors.INTERNAL' } };
  }
  try {
    return await core.dispatch(operation, input);
  } catch (e) {
    console.error('dispatch failed', e);
    return { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; details are in the log', key: 'errors.INTERNAL' } };
  }
}

// ---- Window ---------------------------------------------------------------

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Tentang Rombongan',
    message: `Rombongan ${APP_VERSION}`,
    detail: 'Perencanaan dan pelaporan studi komparasi antar daerah.\nBekerja sepenuhnya luring; data tersimpan di komputer ini.',
    buttons: ['Tutup'],
  };
  const win = mainWindow;
  void (win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: PRODUCT_NAME,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
      // No auxclick (middle-click) events: they can open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  // Unsaved changes: the page refuses to unload, and the user is asked here (./unload.ts).
  guardUnload(win.webContents, (options) => dialog.showMessageBoxSync(win, options));
  // If the page cannot load, show the window anyway rather than nothing at all.
  win.webContents.once('did-fail-load', (_event, code, description, url) => {
    console.error(`Failed to load ${url}: ${description} (${code})`);
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((e: unknown) => console.error('loadURL failed', e));
  return win;
}

function focusWindow(): void {
  const win = mainWindow;
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

// ---- Start ----------------------------------------------------------------

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(RENDERER_DIR);

  const dbPath = resolveDbPath(process.argv, process.env, app.getPath('userData'));
  try {
    // A refused, damaged or read-only file does not stop the start: the window
    // opens and says what is wrong, with the backups and the restore at hand.
    core = await startApp({ dbPath, mode: 'electron', backups: 'deferred', desktop: createDesktop(() => mainWindow) });
  } catch (e) {
    console.error('startApp failed', e instanceof Error ? e.message : String(e));
    fail('Rombongan tidak dapat dimulai', `Basis data ${dbPath} tidak dapat dibuka. Rinciannya ada di berkas log di folder "logs" di samping basis data.`);
    return;
  }
  const health = core.health();
  if (health.state !== 'ok') core.log.info(`Started with the database ${health.state} (${health.problem ?? ''})`);

  ipcMain.handle(INVOKE_CHANNEL, onInvoke);
  // Every window hears what a write changed, so none shows stale data.
  core.onChanges((changes) => {
    for (const w of BrowserWindow.getAllWindows()) if (!w.isDestroyed()) w.webContents.send(CHANGES_CHANNEL, changes);
  });
  Menu.setApplicationMenu(buildMenu({ isPackaged: app.isPackaged, isMac: process.platform === 'darwin', showAbout }));
  mainWindow = createWindow();
  // The start-up backup waits for the first paint.
  const started = core;
  mainWindow.once('ready-to-show', () => void started.backupNow());
}

if (!app.requestSingleInstanceLock()) {
  // Another Rombongan already has the database open: it gets focused instead.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('id.go.rombongan.app');

  app.on('second-instance', () => focusWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core !== null && mainWindow === null) mainWindow = createWindow();
    else focusWindow();
  });
  app.on('will-quit', () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    const c = core;
    core = null;
    try {
      c?.close();
    } catch (e) {
      console.error('Closing the database failed', e);
    }
  });

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('Rombongan failed to start', e);
      fail('Rombongan tidak dapat dimulai', e instanceof Error ? e.message : String(e));
    });
}
