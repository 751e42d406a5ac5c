import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { startApp, type App } from '../../main/app';
import { ANNOUNCED_ONLY, READS } from '../../shared/reads';
import { ALL_TABLES, type Changes } from '../../shared/changes';
import { tempDir } from '../helpers/db';
import { join } from 'node:path';

/*
 * Live data rests on two claims: a read names every table it reads
 * (shared/reads.ts), and a write's answer names every table it wrote. The
 * first is checked here by recording the SQL each read really runs on a
 * seeded trip; the second by the writes' own answers against the change log.
 */

// Record the source of every statement run, whoever prepared it.
const probe = new Database(':memory:');
const Statement = probe.prepare('SELECT 1').constructor as { prototype: Record<string, unknown> };
probe.close();
let recording: Set<string> | null = null;
const patched: Array<[string, unknown]> = [];
for (const m of ['get', 'all', 'iterate', 'run']) {
  const original = Statement.prototype[m] as (...a: unknown[]) => unknown;
  patched.push([m, original]);
  Statement.prototype[m] = function (this: { source: string }, ...args: unknown[]) {
    recording?.add(this.source);
    return original.apply(this, args);
  };
}

let tables: string[] = [];
/** The tables named in FROM/JOIN of a statement (no CTE names, no table-valued functions). */
function tablesOf(sql: string): string[] {
  const ctes = new Set([...sql.matchAll(/(?:WITH|,)\s+(\w+)\s+AS\s*\(/gi)].map((m) => (m[1] ?? '').toLowerCase()));
  return [...sql.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)/gi)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((t) => tables.includes(t) && !ctes.has(t));
}

let app: App;
let cleanup: () => void;
const ids: Record<string, string> = {};
async function call<T>(op: string, input: unknown): Promise<T> {
  const r = await app.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  app = await startApp({ dbPath: join(t.dir, 'r.sqlite'), mode: 'test', log: () => undefined });
  tables = app.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  const tripId = (await call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' })).id;
  ids.tripId = tripId;
  const lead = await call<{ id: string; personId: string }>('members.addNew', {
    tripId,
    role: 'lead',
    person: { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' },
  });
  ids.personId = lead.personId;
  await call('agenda.create', { tripId, title: 'Paparan Mal Pelayanan Publik', kind: 'presentation', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T11:00', memberIds: [lead.id], attendance: 'chosen' });
  const learning = await call<{ id: string }>('learnings.create', { tripId, topic: 'Mal Pelayanan Publik' });
  const followup = await call<{ id: string }>('followups.create', { learningId: learning.id, action: 'Kaji MPP di Buleleng', ownerUnit: 'Bagian Organisasi', targetDate: '2025-04-30' });
  ids.followupId = followup.id;
  await call('followups.setStatus', { id: followup.id, status: 'in_progress' });
  await call('quotes.create', { tripId, speakerPersonId: lead.personId, words: 'Kami belajar banyak.' });
  ids.rateSetId = (await call<{ id: string }>('rateSets.addSample', {})).id;
});
afterAll(() => {
  app?.close();
  cleanup?.();
  for (const [m, f] of patched) Statement.prototype[m] = f;
});

const today = '2025-05-01';
const INPUTS: Record<string, () => unknown> = {
  'trips.list': () => ({}),
  'trips.search': () => ({ query: 'malang' }),
  'trips.get': () => ({ id: ids.tripId }),
  'trips.detail': () => ({ id: ids.tripId }),
  'institutions.list': () => ({}),
  'people.search': () => ({ query: 'Gede' }),
  'people.get': () => ({ id: ids.personId }),
  'agenda.list': () => ({ tripId: ids.tripId }),
  'learnings.list': () => ({ tripId: ids.tripId }),
  'followups.tracker': () => ({ today, query: 'MPP' }),
  'followups.history': () => ({ id: ids.followupId }),
  'coverage.list': () => ({ tripId: ids.tripId }),
  'photos.list': () => ({ tripId: ids.tripId }),
  'photos.agendaOptions': () => ({ tripId: ids.tripId }),
  'profile.get': () => ({}),
  'reportText.get': () => ({ tripId: ids.tripId }),
  'reportText.drafts': () => ({ tripId: ids.tripId }),
  'numbers.get': () => ({ tripId: ids.tripId }),
  'docs.readiness': () => ({ tripId: ids.tripId }),
  'issuers.list': () => ({}),
  'signing.get': () => ({ tripId: ids.tripId }),
  'quotes.list': () => ({ tripId: ids.tripId }),
  'rateSets.list': () => ({}),
  'rateSets.get': () => ({ id: ids.rateSetId }),
  'rateSets.exportCsv': () => ({ id: ids.rateSetId }),
  'rateSets.importPreview': () => ({ rows: [['Nama', 'x']] }),
  'tripMoney.get': () => ({ tripId: ids.tripId }),
  'memberMoney.list': () => ({ tripId: ids.tripId }),
  'advances.list': () => ({ tripId: ids.tripId }),
  'costSheet.get': () => ({ tripId: ids.tripId }),
  'receipts.list': () => ({ tripId: ids.tripId }),
};

describe('live data: reads know their tables', () => {
  it.each(Object.keys(INPUTS))('%s reads only tables it declares', async (op) => {
    recording = new Set();
    const r = await app.dispatch(op, INPUTS[op]?.());
    const sources = [...recording];
    recording = null;
    expect(r.ok, `${op}: ${r.ok ? '' : r.error.message}`).toBe(true);
    const read = new Set(sources.flatMap(tablesOf).filter((t) => t !== 'change_log'));
    const declared = READS[op as keyof typeof READS];
    expect(declared, `${op} must be declared in shared/reads.ts`).toBeDefined();
    const missing = [...read].filter((t) => !(declared as readonly string[]).includes(t)).sort();
    expect(missing, `${op} reads tables it does not declare`).toEqual([]);
  });

  it('every declared table exists', () => {
    for (const [op, list] of Object.entries(READS)) {
      for (const t of list) if (!(ANNOUNCED_ONLY as readonly string[]).includes(t)) expect(tables, `${op}: ${t}`).toContain(t);
    }
    // …and an announced-only name is no table.
    for (const t of ANNOUNCED_ONLY) expect(tables).not.toContain(t);
  });
});

describe('live data: writes announce their tables', () => {
  it('a write answers with the tables its change-log rows name, and every listener hears the same', async () => {
    const heard: Changes[] = [];
    const off = app.onChanges((c) => heard.push(c));
    const before = app.db.prepare(`SELECT max(seq) FROM change_log`).pluck().get() as number;
    const r = await app.dispatch('learnings.create', { tripId: ids.tripId, topic: 'Sistem antrean daring' });
    off();
    expect(r.ok).toBe(true);
    const logged = app.db.prepare(`SELECT DISTINCT table_name FROM change_log WHERE seq > ? ORDER BY table_name`).pluck().all(before);
    expect(r.ok && r.changes?.tables).toEqual(logged);
    expect(logged).toContain('learnings');
    expect(heard).toEqual([r.ok && r.changes]);
    // A read announces nothing; a later write has a larger id.
    const read = await app.dispatch('learnings.list', { tripId: ids.tripId });
    expect(read.ok && read.changes).toBeUndefined();
    const again = await app.dispatch('trips.update', { id: ids.tripId, patch: { title: 'Studi Komparasi ke Kota Malang 2025' } });
    expect(again.ok && again.changes?.tables).toEqual(['trips']);
    expect(again.ok && r.ok && (again.changes?.id ?? 0) > (r.changes?.id ?? 0)).toBe(true);
    expect(again.ok && again.changes?.tables).not.toContain(ALL_TABLES);
  });
});
