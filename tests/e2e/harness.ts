import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type App } from '../../main/app';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server';
import { tempDir } from '../helpers/db';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const RENDERER_DIR = resolve(__dirname, '../../dist/renderer');

/** Debian's Chromium, or null. Under CI=true a missing browser is an error, not a skip. */
export function findChromium(): string | null {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
  if (!found) {
    const msg =
      'END-TO-END TESTS SKIPPED: no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium …). Install it: apt-get install chromium';
    if (process.env.CI === 'true') throw new Error(msg);
    console.warn(`\n${'!'.repeat(100)}\n${msg}\n${'!'.repeat(100)}\n`);
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface Session {
  app: App;
  server: BrowserServer;
  dbPath: string;
  /** Restarts main over the same database file (a new process would see the same). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real main-process handlers over a real database file, served in browser mode. */
export async function startSession(): Promise<Session> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}); run npm run build:renderer`);
  }
  const t = tempDir('rombongan-e2e-');
  const dbPath = join(t.dir, 'rombongan.sqlite');
  const s: Session = {
    app: await startApp({ dbPath, mode: 'browser', log: () => undefined }),
    server: undefined as unknown as BrowserServer,
    dbPath,
    async restart() {
      const port = s.server.port;
      const token = s.server.token;
      await s.server.close();
      s.app.close();
      s.app = await startApp({ dbPath, mode: 'browser', log: () => undefined });
      s.server = await startBrowserServer({ dispatch: s.app.dispatch, staticDir: RENDERER_DIR, port, token });
    },
    async close() {
      await s.server.close();
      s.app.close();
      t.cleanup();
    },
  };
  s.server = await startBrowserServer({ dispatch: s.app.dispatch, staticDir: RENDERER_DIR });
  return s;
}

/** Fails the test on any error the page logs (CSP violations included). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
