import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Store } from '../../main/db/store';
import { trackerQueries } from '../../main/learnings';
import { searchIndexStatements, searchPeopleQuery } from '../../main/directory/people';
import { trackerSchema } from '../../shared/learnings/schemas';
import { personSearchSchema } from '../../shared/directory/person';
import { tempStore } from '../helpers/db';

/*
 * The final schema, as the app's own open and migration path leaves a new
 * file, checked against the conventions main/db/migrations.ts states: STRICT
 * tables; on every domain table an app-made text id, the stamps and
 * deleted_at (removal is a mark), and change-log triggers
 * (main/db/changelog.ts) that record every column but the id (the log's
 * row_id) and the local stamps created_at/updated_at (the log carries its own
 * clock, sync_clock's HLC). Then the plans of the two queries that read large
 * tables: the follow-ups tracker and the directory's search.
 */

/** Tables outside the domain conventions, and why. */
const EXEMPT: Record<string, string> = {
  sync_clock: 'one row: the device id and the clock every write stamps',
  change_log: 'the log itself (append-only, integer seq)',
  blobs: 'content-addressed bytes, never updated; a sync engine ships them by hash (migration 5)',
};
/** Columns a change-log trigger does not record by design. */
const UNLOGGED = new Set(['id', 'created_at', 'updated_at']);

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

let store: Store;
let close: () => void;

beforeAll(async () => {
  ({ store, close } = await tempStore());
});
afterAll(() => close());

const userTables = (): Array<{ name: string; strict: number }> =>
  (store.db.prepare(`PRAGMA table_list`).all() as Array<{ schema: string; name: string; type: string; strict: number }>).filter(
    (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'),
  );
const columnsOf = (table: string): TableInfo[] => store.db.prepare(`SELECT * FROM pragma_table_info(?)`).all(table) as TableInfo[];
const triggerSql = (name: string): string | undefined =>
  store.db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`).pluck().get(name) as string | undefined;
const domainTables = () => userTables().filter((t) => !(t.name in EXEMPT));

describe('schema conventions', () => {
  it('has the tables it is expected to have', () => {
    const names = userTables().map((t) => t.name);
    // The exempt list names real tables, and the domain is all there (a guard against checking an empty file).
    for (const t of Object.keys(EXEMPT)) expect(names).toContain(t);
    expect(names).toEqual(expect.arrayContaining(['trips', 'people', 'institutions', 'trip_members', 'learnings', 'followups']));
    expect(domainTables().length).toBeGreaterThanOrEqual(20);
  });

  it('makes every table STRICT', () => {
    const loose = userTables()
      .filter((t) => t.strict !== 1)
      .map((t) => t.name);
    expect(loose).toEqual([]);
  });

  it('gives every domain table a text id, the stamps and the deletion mark', () => {
    for (const { name } of domainTables()) {
      const cols = new Map(columnsOf(name).map((c) => [c.name, c]));
      const id = cols.get('id');
      expect(id, `${name}.id`).toMatchObject({ type: 'TEXT', pk: 1, notnull: 1 });
      for (const stamp of ['created_at', 'updated_at']) {
        expect(cols.get(stamp), `${name}.${stamp}`).toMatchObject({ type: 'INTEGER', notnull: 1, dflt_value: '0' });
      }
      expect(cols.get('deleted_at'), `${name}.deleted_at`).toMatchObject({ type: 'INTEGER', notnull: 0, dflt_value: null });
    }
    // The bytes are never updated nor removed by a mark, but say when they came.
    expect(columnsOf('blobs').map((c) => c.name)).toContain('created_at');
  });

  it('logs every column of every domain table through its change-log triggers', () => {
    for (const { name } of domainTables()) {
      const logged = columnsOf(name)
        .map((c) => c.name)
        .filter((c) => !UNLOGGED.has(c));
      const insert = triggerSql(`${name}_log_insert`);
      const update = triggerSql(`${name}_log_update`);
      const del = triggerSql(`${name}_log_delete`);
      expect(insert, `${name}_log_insert`).toBeDefined();
      expect(update, `${name}_log_update`).toBeDefined();
      expect(del, `${name}_log_delete`).toBeDefined();
      // The PUT names exactly the table's columns: none missing, none that no longer exists.
      const put = /json_array\(([^)]*)\), NULL\);/.exec(insert ?? '');
      expect(put, `${name}_log_insert lists its columns`).not.toBeNull();
      const listed = (put?.[1] ?? '').split(',').map((c) => c.trim().replace(/^'|'$/g, ''));
      expect([...listed].sort(), `${name}_log_insert columns`).toEqual([...logged].sort());
      // The PATCH compares every one of them, old against new.
      for (const c of logged) {
        expect(update, `${name}_log_update records ${c}`).toContain(`SELECT '${c}' AS c, OLD.${c} AS v WHERE OLD.${c} IS NOT NEW.${c}`);
      }
      for (const [sql, row] of [[insert, 'NEW.id'], [update, 'NEW.id'], [del, 'OLD.id']] as const) {
        expect(sql, `${name} trigger logs the row id`).toContain(`'${name}', ${row}`);
      }
    }
  });

  it('logs nothing of the exempt tables', () => {
    for (const name of Object.keys(EXEMPT)) {
      expect(triggerSql(`${name}_log_insert`), name).toBeUndefined();
    }
  });
});

// ——— Query plans ———

/** The plan's lines, e.g. "SEARCH f USING INDEX followups_live_by_status (status=?)". */
function plan(sql: string, params: Record<string, unknown> | unknown[]): string[] {
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((r) => r.detail);
}
const planOf = (st: Statement, params: Record<string, unknown> | unknown[]) => plan(st.source, params);

/** Lines that read a table row by row without an index ("SCAN f", "SCAN people"). */
const bareScans = (lines: string[]) => lines.filter((l) => /^SCAN \w+$/.test(l));

const TRACKER_INPUTS: Record<string, z.input<typeof trackerSchema>> = {
  everything: { today: '2026-03-01' },
  'one status': { today: '2026-03-01', status: 'in_progress' },
  overdue: { today: '2026-03-01', overdue: true },
  'text, unit and dimension': { today: '2026-03-01', query: 'aplikasi', unit: 'bappeda', dimension: 'governance' },
};

describe('the follow-ups tracker (main/learnings/tracker.ts)', () => {
  for (const [label, raw] of Object.entries(TRACKER_INPUTS)) {
    const input = trackerSchema.parse(raw);
    const q = trackerQueries(input);
    const queries = { counts: q.counts, dated: q.dated, ...(q.undated ? { undated: q.undated(input.limit) } : {}) };

    it(`reads follow-ups through their live indexes and joins by key (${label})`, () => {
      for (const [which, { sql, params }] of Object.entries(queries)) {
        const lines = plan(sql, params);
        const followups = lines.filter((l) => /^(SCAN|SEARCH) f\b/.test(l));
        expect(followups, `${label}/${which}: ${lines.join(' | ')}`).toHaveLength(1);
        expect(followups[0], `${label}/${which}`).toMatch(/^(SCAN|SEARCH) f USING (COVERING )?INDEX followups_live_by_(status|target)\b/);
        // Deleted learnings are a small set read from their own index.
        expect(lines, `${label}/${which}`).toContain('SCAN learnings USING INDEX learnings_deleted');
        for (const alias of ['l', 't']) {
          for (const l of lines.filter((x) => new RegExp(`^(SCAN|SEARCH) ${alias}\\b`).test(x))) {
            expect(l, `${label}/${which}`).toMatch(new RegExp(`^SEARCH ${alias} USING (COVERING )?INDEX sqlite_autoindex_\\w+ \\(id=\\?\\)$`));
          }
        }
        // The one table read whole: trips, for the set of deleted trips (no index holds deleted trips; trips are few).
        expect(bareScans(lines), `${label}/${which}`).toEqual(['SCAN trips']);
      }
    });
  }

  it('counts per status from the status index', () => {
    const q = trackerQueries(trackerSchema.parse(TRACKER_INPUTS.everything));
    expect(plan(q.counts.sql, q.counts.params)).toContain('SCAN f USING INDEX followups_live_by_status');
  });

  it('reads dated rows in the index order, without sorting them', () => {
    const all = trackerQueries(trackerSchema.parse(TRACKER_INPUTS.everything)).dated;
    const allPlan = plan(all.sql, all.params);
    expect(allPlan).toContain('SCAN f USING INDEX followups_live_by_target');
    expect(allPlan.some((l) => l.includes('TEMP B-TREE'))).toBe(false);

    const one = trackerQueries(trackerSchema.parse(TRACKER_INPUTS['one status'])).dated;
    const onePlan = plan(one.sql, one.params);
    expect(onePlan).toContain('SEARCH f USING INDEX followups_live_by_status (status=?)');
    expect(onePlan.some((l) => l.includes('TEMP B-TREE'))).toBe(false);

    const late = trackerQueries(trackerSchema.parse(TRACKER_INPUTS.overdue));
    expect(plan(late.dated.sql, late.dated.params)).toContain('SEARCH f USING INDEX followups_live_by_status (status=? AND target_date<?)');
    expect(late.undated).toBeNull();
  });
});

const SEARCHES: Record<string, z.input<typeof personSearchSchema>> = {
  'by name': {},
  'by rank': { sort: 'rank' },
  'last updated': { sort: 'updated' },
  words: { query: 'budi kominfo' },
  'NIP digits': { query: '19860926 201505' },
  'kind and institution': { kind: 'official', institutionId: '0190a5f0-0000-7000-8000-000000000001' },
  unit: { unit: 'bagian umum' },
};

describe("the directory's search (main/directory/people)", () => {
  for (const [label, raw] of Object.entries(SEARCHES)) {
    it(`reads live people through an index, never the whole table (SQL form, ${label})`, () => {
      const q = personSearchSchema.parse(raw);
      const { page, count, params } = searchPeopleQuery(store, q);
      for (const [which, lines] of [
        ['count', planOf(count, params)],
        ['page', planOf(page, { ...params, limit: q.limit, offset: q.offset })],
      ] as const) {
        const people = lines.filter((l) => /^(SCAN|SEARCH) p\b/.test(l));
        expect(people, `${label}/${which}: ${lines.join(' | ')}`).toHaveLength(1);
        // The live people's partial indexes: a deleted row is never visited.
        expect(people[0], `${label}/${which}`).toMatch(/^(SCAN|SEARCH) p USING (COVERING )?INDEX people_by_\w+/);
        for (const l of lines.filter((x) => /^(SCAN|SEARCH) i\b/.test(x))) {
          expect(l, `${label}/${which}`).toBe('SEARCH i USING INDEX sqlite_autoindex_institutions_1 (id=?) LEFT-JOIN');
        }
        expect(bareScans(lines), `${label}/${which}`).toEqual([]);
      }
    });
  }

  it('pages by name in the name index order (only ties are sorted)', () => {
    const q = personSearchSchema.parse({});
    const { page, params } = searchPeopleQuery(store, q);
    const lines = planOf(page, { ...params, limit: q.limit, offset: q.offset });
    expect(lines).toContain('SCAN p USING INDEX people_by_name');
    expect(lines).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });

  it('reads the in-memory index’s rows by key', () => {
    const s = searchIndexStatements(store.db);
    const pageLines = planOf(s.page, [JSON.stringify(['0190a5f0-0000-7000-8000-000000000001'])]);
    expect(pageLines).toContain('SEARCH p USING INDEX sqlite_autoindex_people_1 (id=?)');
    expect(pageLines).toContain('SEARCH i USING INDEX sqlite_autoindex_institutions_1 (id=?) LEFT-JOIN');
    expect(planOf(s.onePerson, ['x'])).toEqual(['SEARCH people USING INDEX sqlite_autoindex_people_1 (id=?)']);
    // Following the change log never reads the whole log.
    const changes = planOf(s.changes, [0]);
    expect(bareScans(changes)).toEqual([]);
    expect(changes.every((l) => l.startsWith('SEARCH change_log'))).toBe(true);
  });
});
