import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type OpenOptions } from '../../main/db/open';
import { createStore, type Store } from '../../main/db/store';
import { createDispatcher, type Dispatch } from '../../main/dispatcher';
import { createHandlers } from '../../main/handlers';

/** A fresh folder for a real SQLite file; removed by `cleanup`. */
export function tempDir(prefix = 'rombongan-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempStore {
  store: Store;
  path: string;
  dir: string;
  close: () => void;
}

/** A migrated store over a real file in a temp folder. */
export async function tempStore(opts: OpenOptions = {}): Promise<TempStore> {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'rombongan.sqlite');
  const { db } = await openDatabase(path, opts);
  const store = createStore(db);
  return {
    store,
    path,
    dir,
    close: () => {
      db.close();
      cleanup();
    },
  };
}

/** The current test's database, as `useTempStore` answers it. */
export interface TestDb {
  /** Stands for the store of the running test: every field and call goes to the one opened for it. */
  readonly store: Store;
  /** The running test's database file and its folder. */
  readonly path: string;
  readonly dir: string;
}

/**
 * A fresh migrated store over a real file for every test of the surrounding
 * file or describe block: opened before each test, closed and its folder
 * removed after it.
 */
export function useTempStore(opts: OpenOptions = {}): TestDb {
  let t: TempStore | undefined;
  const current = (): TempStore => {
    if (!t) throw new Error('useTempStore: the store is open only while a test runs');
    return t;
  };
  beforeEach(async () => {
    t = await tempStore(opts);
  });
  afterEach(() => {
    t?.close();
    t = undefined;
  });
  const store: Store = {
    get db() {
      return current().store.db;
    },
    get deviceId() {
      return current().store.deviceId;
    },
    now: () => current().store.now(),
    newId: () => current().store.newId(),
    write: (fn) => current().store.write(fn),
  };
  return {
    store,
    get path() {
      return current().path;
    },
    get dir() {
      return current().dir;
    },
  };
}

/** The dispatcher over every database operation of `store`, as the app builds it, with its error log silenced. */
export function testDispatcher(store: Store, dbPath = ''): Dispatch {
  return createDispatcher(createHandlers({ store, info: { version: '0', mode: 'test', dbPath } }), { log: () => undefined });
}
