import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
      s.server = await startBrowserServer({ dispatch: s.app.dispatch, onChanges: s.app.onChanges, takeDoc: (id) => s.app.takeDoc(id), staticDir: RENDERER_DIR, port, token });
    },
    async close() {
      await s.server.close();
      s.app.close();
      t.cleanup();
    },
  };
  s.server = await startBrowserServer({ dispatch: s.app.dispatch, onChanges: (l) => s.app.onChanges(l), takeDoc: (id) => s.app.takeDoc(id), staticDir: RENDERER_DIR });
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

export const chromiumPath = findChromium();
/** `describe`, or `describe.skip` when there is no Chromium (under CI=true findChromium throws instead). */
export const suite = chromiumPath ? describe : describe.skip;

export interface E2E {
  browser: Browser;
  session: Session;
  page: Page;
  /** Errors the page has logged and no test has yet answered for. */
  errors: string[];
  /** Calls main's dispatcher directly (set-up, checks); an error answer throws. */
  call<T>(operation: string, input: unknown): Promise<T>;
  /**
   * Closes the app and opens it again over the same file, as a user does: the
   * page leaves first (in Electron the window goes with the process), main
   * restarts, and the page opens the address it was on.
   */
  reopen(): Promise<void>;
}

/**
 * Registers an end-to-end suite's hooks and returns what they set up: one
 * Chromium for the file, and a session (the real handlers over a new database
 * file) with a page whose console is watched — fresh for every test
 * (`per: 'test'`, the default) or shared by the file's tests (`per: 'file'`).
 * After every test the page must have logged no error since the previous one.
 */
export function useE2E(opts: { per?: 'test' | 'file'; context?: BrowserContextOptions } = {}): E2E {
  const e = {
    async call<T>(operation: string, input: unknown): Promise<T> {
      const r = await e.session.app.dispatch(operation, input);
      if (!r.ok) throw new Error(`${operation}: ${r.error.message}`);
      return r.value as T;
    },
    async reopen() {
      const url = e.page.url();
      await e.page.goto('about:blank');
      await e.session.restart();
      await e.page.goto(url);
    },
  } as E2E;
  const open = async () => {
    e.session = await startSession();
    const context = await e.browser.newContext({ viewport: { width: 1280, height: 800 }, ...opts.context });
    e.page = await context.newPage();
    e.errors = watchConsole(e.page);
  };
  const close = async () => {
    await e.page?.context().close();
    await e.session?.close();
  };
  const perFile = opts.per === 'file';
  beforeAll(async () => {
    e.browser = await launch(chromiumPath as string);
    if (perFile) await open();
  });
  afterAll(async () => {
    if (perFile) await close();
    await e.browser?.close();
  });
  if (!perFile) {
    beforeEach(open);
    afterEach(close);
  }
  // Registered last, so it runs first (hooks are stacked): the page is still open.
  afterEach(() => {
    expect(e.errors?.splice(0)).toEqual([]);
  });
  return e;
}
