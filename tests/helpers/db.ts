import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenOptions } from '../../main/db/open';
import { createStore, type Store } from '../../main/db/store';

/** A fresh folder for a real SQLite file; removed by `cleanup`. */
export function tempDir(prefix = 'rombongan-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A migrated store over a real file in a temp folder. */
export async function tempStore(opts: OpenOptions = {}): Promise<{ store: Store; path: string; dir: string; close: () => void }> {
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
