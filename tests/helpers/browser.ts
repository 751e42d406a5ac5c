import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type App } from '../../main/app';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server';
import { tempDir } from './db';

export interface BrowserMode {
  app: App;
  server: BrowserServer;
  /** The temp folder: the database file, and `renderer/` the server serves (a stand-in index.html). */
  dir: string;
  /** Stops the server, closes the app and removes the folder. */
  close: () => Promise<void>;
}

/** The app in browser mode over a fresh database file, and its server; `downloads`: it also hands built documents over (/api/download). */
export async function startBrowserMode(opts: { downloads?: boolean } = {}): Promise<BrowserMode> {
  const t = tempDir();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rombongan</title>');
  const app = await startApp({ dbPath: join(t.dir, 'r.sqlite'), mode: 'browser', log: () => undefined });
  const server = await startBrowserServer({ dispatch: app.dispatch, ...(opts.downloads && { takeDoc: (id: string) => app.takeDoc(id) }), staticDir });
  return {
    app,
    server,
    dir: t.dir,
    close: async () => {
      await server.close();
      app.close();
      t.cleanup();
    },
  };
}
