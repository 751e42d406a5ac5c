import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/open';
import { migrations } from '../../main/db/migrations';
import { tempDir } from '../helpers/db';

/**
 * Each migration: migrate to N-1, insert rows typical of N-1, migrate to N,
 * and compare. Add a fixture here with every new migration.
 */
const fixtures: Record<number, { before: (db: Database.Database) => void; after: (db: Database.Database) => void }> = {
  1: {
    before: () => {
      /* version 0 is an empty file */
    },
    after: (db) => {
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map(
        (r) => r.name,
      );
      expect(tables).toEqual(expect.arrayContaining(['trips', 'change_log', 'sync_clock']));
      // Every NOT NULL column has a default (rows from other laptops may omit columns).
      for (const t of ['trips', 'change_log', 'sync_clock']) {
        const cols = db.prepare(`SELECT name, "notnull" AS nn, dflt_value AS d, pk FROM pragma_table_info(?)`).all(t) as Array<{
          name: string;
          nn: number;
          d: string | null;
          pk: number;
        }>;
        for (const c of cols) if (c.nn && !c.pk) expect(c.d, `${t}.${c.name} default`).not.toBeNull();
      }
      // No AUTOINCREMENT anywhere (ids are made by the app).
      const sql = (db.prepare(`SELECT group_concat(sql) AS s FROM sqlite_master`).get() as { s: string }).s;
      expect(sql.toUpperCase()).not.toContain('AUTOINCREMENT');
    },
  },
};

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe.each(migrations.map((m) => [m.version, m.name] as const))('migration %i (%s)', (version) => {
  it('keeps data written at the previous version and reaches its schema', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'm.sqlite');
    const fixture = fixtures[version];
    expect(fixture, `migration ${version} needs a fixture in this test`).toBeDefined();
    const prev = migrations.filter((m) => m.version < version);
    const a = await openDatabase(path, { migrations: prev });
    fixture?.before(a.db);
    a.db.close();
    const b = await openDatabase(path, { migrations: migrations.filter((m) => m.version <= version) });
    expect(b.db.pragma('user_version', { simple: true })).toBe(version);
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(b.db.pragma('foreign_key_check')).toEqual([]);
    fixture?.after(b.db);
    b.db.close();
  });
});
