import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/open';
import { migrations } from '../../main/db/migrations';
import { tempDir } from '../helpers/db';
import { expectDefaults, expectSyncTable, insertTrip, type MigrationFixture } from '../helpers/migrations';
import { fixture as v3 } from './migration-fixtures/v3';
import { fixture as v4 } from './migration-fixtures/v4';
import { fixture as v5 } from './migration-fixtures/v5';
import { fixture as v6 } from './migration-fixtures/v6';
import { fixture as v7 } from './migration-fixtures/v7';
import { fixture as v8 } from './migration-fixtures/v8';
import { fixture as v9 } from './migration-fixtures/v9';
import { fixture as v10 } from './migration-fixtures/v10';
import { fixture as v11 } from './migration-fixtures/v11';
import { fixture as v12 } from './migration-fixtures/v12';
import { fixture as v13 } from './migration-fixtures/v13';
import { fixture as v14 } from './migration-fixtures/v14';
import { fixture as v15 } from './migration-fixtures/v15';
import { fixture as v16 } from './migration-fixtures/v16';

/**
 * Each migration: migrate to N-1, insert rows typical of N-1, migrate to N,
 * and compare. Add a fixture here with every new migration.
 */
const fixtures: Record<number, MigrationFixture> = {
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
      for (const t of ['trips', 'change_log', 'sync_clock']) expectDefaults(db, t);
      // No AUTOINCREMENT anywhere (ids are made by the app).
      const sql = (db.prepare(`SELECT group_concat(sql) AS s FROM sqlite_master`).get() as { s: string }).s;
      expect(sql.toUpperCase()).not.toContain('AUTOINCREMENT');
    },
  },
  2: {
    before: (db) => {
      insertTrip(db, '0190b0a0-0000-7000-8000-000000000001', 'Studi Komparasi Kota Malang', '2025-04-24', '2025-04-25');
    },
    after: (db) => {
      expect(db.prepare('SELECT title, status, host_region_codes, legal_basis, origin_institution_id FROM trips').all()).toEqual([
        { title: 'Studi Komparasi Kota Malang', status: 'rencana', host_region_codes: '[]', legal_basis: '[]', origin_institution_id: null },
      ]);
      for (const t of ['institutions', 'people', 'trip_members', 'trip_hosts', 'trip_host_people', 'venues']) expectSyncTable(db, t);
      // The trips trigger now logs the new columns too.
      db.prepare(`UPDATE trips SET status = 'persiapan'`).run();
      const last = db.prepare(`SELECT changed_columns FROM change_log ORDER BY seq DESC LIMIT 1`).get() as { changed_columns: string };
      expect(JSON.parse(last.changed_columns)).toEqual(['status']);
    },
  },
  3: v3,
  4: v4,
  5: v5,
  6: v6,
  7: v7,
  8: v8,
  9: v9,
  10: v10,
  11: v11,
  12: v12,
  13: v13,
  14: v14,
  15: v15,
  16: v16,
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
