import { expect } from 'vitest';
import { expectSyncTable, oneTripFixture } from '../../helpers/migrations';

const TRIP = '01900000-0000-7000-8000-000000000004';

/** Migration 4 (learnings): rows typical of version 3 before, and what must hold after. */
export const fixture = oneTripFixture({ id: TRIP, title: 'Studi komparasi ke Kota Malang', startDate: '2025-06-10', endDate: '2025-06-12' }, (db) => {
  for (const table of ['learnings', 'followups', 'followup_history']) {
    const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string }).sql;
    expect(sql, `${table} is STRICT`).toMatch(/\)\s*STRICT$/);
    expectSyncTable(db, table);
  }
  // A learning can be written against the old trip, and is logged.
  db.prepare(`INSERT INTO learnings (id, trip_id, topic) VALUES ('01900000-0000-7000-8000-0000000000a1', ?, 'Command Center')`).run(TRIP);
  const log = db.prepare(`SELECT op FROM change_log WHERE table_name = 'learnings'`).all() as Array<{ op: string }>;
  expect(log).toEqual([{ op: 'PUT' }]);
});
