import type Database from 'better-sqlite3';
import { expect } from 'vitest';

const id = (n: number) => `0199c000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const INST = id(1);
const JOURNALIST = id(2);
const OFFICIAL = id(3);
const TRIP = id(10);
const OLD_TRIP = id(11);
const MEMBER = id(20);
const LEAD = id(21);
const HOST = id(22);
const ITEM = id(30);
const LEARNING = id(40);
const FOLLOWUP = id(41);
const HISTORY = id(42);
const CLIP = id(50);
const ISSUER = id(60);
const SIGNER = id(61);
const CHOICE = id(62);
const NUMBER = id(63);
const PROFILE = 'default';

/** The schema objects that hang off each rebuilt table, to see them all come back. */
const DEPENDENTS = `SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`;
const columnsOfAll = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]).map((t) => ({
    t,
    cols: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(t),
  }));

let dependents: unknown[] = [];
let columns: unknown[] = [];
let rows: Record<string, number> = {};
let logged = 0;

const TABLES = [
  'trips', 'trip_members', 'trip_host_people', 'agenda_items', 'learnings', 'followups', 'followup_history', 'coverage', 'doc_issuers',
  'doc_signers', 'trip_doc_choices', 'doc_numbers', 'doc_profile', 'people',
];

const ISSUED_AS = {
  level: 'setda',
  kop: { lines: ['PEMERINTAH KABUPATEN BULELENG', 'SEKRETARIAT DAERAH'] },
  emblemSha256: null,
  signer: { id: SIGNER, seat: 'sekda', jabatan: 'Sekretaris Daerah', name: 'Gede Suyasa', pangkat: 'Pembina Utama Madya', nip: '', acting: '', rank: 9 },
  above: ['a.n. BUPATI BULELENG'],
  acknowledge: { id: null, seat: 'kepala_daerah', jabatan: 'Bupati Buleleng', name: 'Nyoman Sutjidra', pangkat: '', nip: '', acting: '', rank: 10 },
};

/**
 * Migration 12 (English codes): every code the early areas stored in
 * Indonesian is mapped to its English identifier, in the columns (the tables
 * whose CHECK lists them are rebuilt) and inside the JSON that keeps codes.
 * Ids, row counts, every other value, indexes and triggers are kept; nothing
 * is logged; the new CHECK lists refuse the old codes; the change log and the
 * foreign keys work as before.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(`INSERT INTO institutions (id, kind, name, region_code, created_at, updated_at) VALUES (?, 'own', 'Pemerintah Kabupaten Buleleng', '51.08', 1, 1)`).run(INST);
    const person = db.prepare(`INSERT INTO people (id, kind, name, employment, media_type, institution_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1)`);
    person.run(JOURNALIST, 'journalist', 'Komang Wartawan', 'non_asn', 'cetak', null);
    person.run(OFFICIAL, 'official', 'Gede Suyasa', 'pns', '', INST);
    const trip = db.prepare(`INSERT INTO trips (id, title, start_date, end_date, status, created_at, updated_at, deleted_at) VALUES (?, ?, '2025-04-24', '2025-04-25', ?, 1, 2, ?)`);
    trip.run(TRIP, 'Studi Komparasi ke Kota Malang', 'selesai', null);
    trip.run(OLD_TRIP, 'Kunker lama', 'dilaporkan', 7);
    const member = db.prepare(
      `INSERT INTO trip_members (id, trip_id, person_id, role, transport_mode, carrier, snapshot, snapshot_prev, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
    );
    member.run(MEMBER, TRIP, JOURNALIST, 'jurnalis', 'pesawat', 'Garuda', JSON.stringify({ name: 'Komang Wartawan', mediaType: 'cetak' }), JSON.stringify({ mediaType: 'cetak', name: 'K. W.' }));
    member.run(LEAD, TRIP, OFFICIAL, 'ketua', 'mobil_dinas', '', '', '');
    db.prepare(`INSERT INTO trip_host_people (id, trip_id, person_id, host_role, created_at, updated_at) VALUES (?, ?, ?, 'narasumber', 1, 1)`).run(HOST, TRIP, OFFICIAL);
    db.prepare(`INSERT INTO agenda_items (id, trip_id, title, kind, start_at, created_at, updated_at) VALUES (?, ?, 'Paparan Mal Pelayanan Publik', 'kunjungan_lapangan', 1745460000000, 1, 1)`).run(ITEM, TRIP);
    db.prepare(`INSERT INTO learnings (id, trip_id, topic, priority, spbe_domains, created_at, updated_at) VALUES (?, ?, 'Mal Pelayanan Publik', 'tinggi', '["layanan","kebijakan"]', 1, 1)`).run(LEARNING, TRIP);
    db.prepare(`INSERT INTO followups (id, learning_id, trip_id, status, created_at, updated_at) VALUES (?, ?, ?, 'berjalan', 1, 1)`).run(FOLLOWUP, LEARNING, TRIP);
    db.prepare(`INSERT INTO followup_history (id, followup_id, from_status, to_status, at, created_at, updated_at) VALUES (?, ?, 'direncanakan', 'berjalan', 5, 5, 5)`).run(HISTORY, FOLLOWUP);
    db.prepare(`INSERT INTO coverage (id, trip_id, journalist_member_id, tone, created_at, updated_at) VALUES (?, ?, ?, 'positif', 1, 1)`).run(CLIP, TRIP, MEMBER);
    db.prepare(`INSERT INTO doc_issuers (id, institution_id, level, created_at, updated_at) VALUES (?, ?, 'setda', 1, 1)`).run(ISSUER, INST);
    db.prepare(`INSERT INTO doc_signers (id, issuer_id, seat, person_id, created_at, updated_at) VALUES (?, ?, 'sekda', ?, 1, 1)`).run(SIGNER, ISSUER, OFFICIAL);
    db.prepare(`INSERT INTO trip_doc_choices (id, trip_id, kind, level, signer_id, form, created_at, updated_at) VALUES (?, ?, 'spt', 'setda', ?, 'an', 1, 1)`).run(CHOICE, TRIP, SIGNER);
    db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_as, created_at, updated_at) VALUES (?, ?, 'spt', ?, 2025, 1, '094/1/2025', ?, 1, 1)`).run(
      NUMBER,
      TRIP,
      ISSUER,
      JSON.stringify(ISSUED_AS),
    );
    db.prepare(`INSERT INTO doc_profile (id, letter_date, created_at, updated_at) VALUES (?, 'nomor', 1, 1) ON CONFLICT (id) DO UPDATE SET letter_date = 'nomor'`).run(PROFILE);
    dependents = db.prepare(DEPENDENTS).all();
    columns = columnsOfAll(db);
    rows = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
    logged = db.prepare(`SELECT count(*) FROM change_log`).pluck().get() as number;
  },
  after: (db: Database.Database): void => {
    const one = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args);
    expect(db.prepare(`SELECT id, status, deleted_at FROM trips ORDER BY id`).all()).toEqual([
      { id: TRIP, status: 'done', deleted_at: null },
      { id: OLD_TRIP, status: 'reported', deleted_at: 7 },
    ]);
    expect(db.prepare(`SELECT id, role, transport_mode, carrier FROM trip_members ORDER BY id`).all()).toEqual([
      { id: MEMBER, role: 'journalist', transport_mode: 'plane', carrier: 'Garuda' },
      { id: LEAD, role: 'lead', transport_mode: 'official_car', carrier: '' },
    ]);
    expect(JSON.parse(one(`SELECT snapshot FROM trip_members WHERE id = ?`, MEMBER) as string)).toEqual({ name: 'Komang Wartawan', mediaType: 'print' });
    expect(JSON.parse(one(`SELECT snapshot_prev FROM trip_members WHERE id = ?`, MEMBER) as string)).toEqual({ mediaType: 'print', name: 'K. W.' });
    // An empty snapshot (no text to parse) stays empty.
    expect(one(`SELECT snapshot FROM trip_members WHERE id = ?`, LEAD)).toBe('');
    expect(one(`SELECT media_type FROM people WHERE id = ?`, JOURNALIST)).toBe('print');
    expect(one(`SELECT media_type FROM people WHERE id = ?`, OFFICIAL)).toBe('');
    expect(one(`SELECT host_role FROM trip_host_people WHERE id = ?`, HOST)).toBe('speaker');
    expect(one(`SELECT kind FROM agenda_items WHERE id = ?`, ITEM)).toBe('site_visit');
    expect(db.prepare(`SELECT priority, spbe_domains FROM learnings WHERE id = ?`).get(LEARNING)).toEqual({ priority: 'high', spbe_domains: '["services","policy"]' });
    expect(one(`SELECT status FROM followups WHERE id = ?`, FOLLOWUP)).toBe('in_progress');
    expect(db.prepare(`SELECT from_status, to_status FROM followup_history WHERE id = ?`).get(HISTORY)).toEqual({ from_status: 'planned', to_status: 'in_progress' });
    expect(one(`SELECT tone FROM coverage WHERE id = ?`, CLIP)).toBe('positive');
    expect(one(`SELECT level FROM doc_issuers WHERE id = ?`, ISSUER)).toBe('secretariat');
    expect(one(`SELECT seat FROM doc_signers WHERE id = ?`, SIGNER)).toBe('regional_secretary');
    expect(db.prepare(`SELECT level, form FROM trip_doc_choices WHERE id = ?`).get(CHOICE)).toEqual({ level: 'secretariat', form: 'an' });
    expect(JSON.parse(one(`SELECT issued_as FROM doc_numbers WHERE id = ?`, NUMBER) as string)).toEqual({
      ...ISSUED_AS,
      level: 'secretariat',
      signer: { ...ISSUED_AS.signer, seat: 'regional_secretary' },
      acknowledge: { ...ISSUED_AS.acknowledge, seat: 'regional_head' },
    });
    expect(one(`SELECT letter_date FROM doc_profile WHERE id = ?`, PROFILE)).toBe('number_line');

    // Nothing lost, nothing logged, every index and trigger back, every column kept.
    expect(Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))).toEqual(rows);
    expect(one(`SELECT count(*) FROM change_log`)).toBe(logged);
    expect(db.prepare(DEPENDENTS).all()).toEqual(dependents);
    // Same columns, types and defaults, but for the defaults that were codes.
    const defaults: Record<string, string> = { "'rencana'": "'planned'", "'anggota'": "'member'", "'penerima'": "'receiver'", "'lainnya'": "'other'", "'sedang'": "'medium'", "'direncanakan'": "'planned'", "'netral'": "'neutral'", "'perangkat_daerah'": "'agency'" };
    const expected = (columns as Array<{ t: string; cols: Array<Record<string, unknown>> }>).map((x) => ({
      t: x.t,
      cols: x.cols.map((c) => (typeof c.dflt_value === 'string' && defaults[c.dflt_value] ? { ...c, dflt_value: defaults[c.dflt_value] } : c)),
    }));
    expect(columnsOfAll(db)).toEqual(expected);
    expect(one(`SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v12'`)).toBe(0);

    // The new lists hold: an old code is refused, a new one is taken and logged.
    expect(() => db.prepare(`UPDATE trips SET status = 'selesai' WHERE id = ?`).run(TRIP)).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`UPDATE doc_signers SET seat = 'sekda' WHERE id = ?`).run(SIGNER)).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`UPDATE doc_profile SET letter_date = 'nomor' WHERE id = ?`).run(PROFILE)).toThrow(/CHECK constraint/);
    db.prepare(`UPDATE trips SET status = 'reported' WHERE id = ?`).run(TRIP);
    expect(db.prepare(`SELECT table_name AS t, row_id AS r, changed_columns AS c FROM change_log ORDER BY seq DESC LIMIT 1`).get()).toEqual({
      t: 'trips',
      r: TRIP,
      c: '["status"]',
    });
    // Foreign keys are on again and still point where they did.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare(`INSERT INTO trip_members (id, trip_id, person_id) VALUES (?, ?, ?)`).run(id(99), id(98), OFFICIAL)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`DELETE FROM trips WHERE id = ?`).run(TRIP)).toThrow(/FOREIGN KEY/);
    // The unique key of an issuer (institution, level) holds on the new codes.
    expect(() => db.prepare(`INSERT INTO doc_issuers (id, institution_id, level) VALUES (?, ?, 'secretariat')`).run(id(64), INST)).toThrow(/UNIQUE/);
  },
};
