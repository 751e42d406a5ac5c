import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrations';

/**
 * One language for stored codes (issue 12): the codes the early areas stored
 * in Indonesian (`rencana`, `ketua`, `cetak` …) become English identifiers;
 * Indonesian stays in the labels (the vocabularies and i18n). The maps are
 * written out here, not imported from the vocabularies: a migration that has
 * shipped never changes when the code around it does.
 *
 * A table whose CHECK lists (or defaults) name the codes is rebuilt the way SQLite's ALTER
 * TABLE notes describe (new table with the new list, copy with the codes
 * mapped, drop, rename, indexes and triggers re-created from their own SQL),
 * because a CHECK cannot change in place. Parent tables such as `trips` are
 * among them, so the runner turns foreign keys off for this migration
 * (`foreignKeysOff`) and this migration checks them before it ends: a
 * violation the copy made aborts the whole transaction.
 *
 * Codes kept inside JSON (a trip's snapshot of a person's media type, the
 * issuer level and signer seats a numbered document recorded, a learning's
 * SPBE domains) are mapped too. Nothing is written to the change log: the
 * change-log triggers are not on the table while it is rewritten (rebuilt
 * tables get them back afterwards; updated ones have theirs dropped and
 * re-created), since this is no user's change and every laptop makes the
 * same one when it migrates. The log's own history (`previous_values`) keeps
 * the codes as they were when written; no reader restores from it.
 */

type CodeMap = Readonly<Record<string, string>>;

const TRIP_STATUS: CodeMap = { rencana: 'planned', persiapan: 'preparing', berlangsung: 'ongoing', selesai: 'done', dilaporkan: 'reported' };
const MEMBER_ROLE: CodeMap = {
  ketua: 'lead', wakil_ketua: 'deputy_lead', anggota: 'member', sekretaris: 'secretary', pendamping: 'companion', jurnalis: 'journalist',
};
const TRANSPORT: CodeMap = { pesawat: 'plane', kereta: 'train', kapal: 'ship', mobil_dinas: 'official_car', lainnya: 'other' };
const HOST_ROLE: CodeMap = { penerima: 'receiver', narasumber: 'speaker', pendamping: 'companion', kontak: 'liaison' };
const AGENDA_KIND: CodeMap = {
  perjalanan: 'travel', penyambutan: 'welcome', paparan: 'presentation', diskusi: 'discussion', kunjungan_lapangan: 'site_visit',
  jamuan: 'meal', istirahat: 'break', lainnya: 'other',
};
const PRIORITY: CodeMap = { tinggi: 'high', sedang: 'medium', rendah: 'low' };
const SPBE: CodeMap = { kebijakan: 'policy', tata_kelola: 'governance', manajemen: 'management', layanan: 'services' };
const FOLLOWUP: CodeMap = { direncanakan: 'planned', berjalan: 'in_progress', selesai: 'done', dibatalkan: 'cancelled' };
const TONE: CodeMap = { positif: 'positive', netral: 'neutral', negatif: 'negative' };
const MEDIA: CodeMap = { cetak: 'print' };
const LEVEL: CodeMap = { kepala_daerah: 'regional_head', setda: 'secretariat', perangkat_daerah: 'agency' };
const SEAT: CodeMap = {
  kepala_daerah: 'regional_head', wakil_kepala_daerah: 'deputy_regional_head', sekda: 'regional_secretary', asisten: 'assistant',
  kepala_pd: 'agency_head', sekretaris_pd: 'agency_secretary', kepala_bagian: 'division_head', kepala_bidang: 'field_head', lainnya: 'other',
};
const LETTER_DATE: CodeMap = { nomor: 'number_line' };

/** Tables whose CHECK lists or defaults name codes: rebuilt, with the columns whose values are mapped. */
const REBUILT: ReadonlyArray<{ table: string; columns: Readonly<Record<string, CodeMap>>; checked: CodeMap }> = [
  { table: 'trips', columns: { status: TRIP_STATUS }, checked: TRIP_STATUS },
  { table: 'trip_members', columns: { role: MEMBER_ROLE, transport_mode: TRANSPORT }, checked: MEMBER_ROLE },
  { table: 'trip_host_people', columns: { host_role: HOST_ROLE }, checked: HOST_ROLE },
  { table: 'agenda_items', columns: { kind: AGENDA_KIND }, checked: AGENDA_KIND },
  { table: 'learnings', columns: { priority: PRIORITY }, checked: PRIORITY },
  { table: 'followups', columns: { status: FOLLOWUP }, checked: FOLLOWUP },
  // No CHECK here, but its default is a code.
  { table: 'followup_history', columns: { from_status: FOLLOWUP, to_status: FOLLOWUP }, checked: FOLLOWUP },
  { table: 'coverage', columns: { tone: TONE }, checked: TONE },
  { table: 'doc_issuers', columns: { level: LEVEL }, checked: LEVEL },
  { table: 'trip_doc_choices', columns: { level: LEVEL }, checked: LEVEL },
  { table: 'doc_signers', columns: { seat: SEAT }, checked: SEAT },
  { table: 'doc_profile', columns: { letter_date: LETTER_DATE }, checked: LETTER_DATE },
];

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** `CASE col WHEN 'old' THEN 'new' … ELSE col END` */
function mapped(column: string, map: CodeMap): string {
  const whens = Object.entries(map).map(([from, to]) => `WHEN ${quote(from)} THEN ${quote(to)}`);
  return `CASE ${ident(column)} ${whens.join(' ')} ELSE ${ident(column)} END`;
}

/** The same, for the elements of a JSON array of codes. */
function mappedArray(column: string, map: CodeMap): string {
  const each = mapped('value', map);
  return `COALESCE((SELECT json_group_array(${each}) FROM (SELECT value FROM json_each(${ident(column)}) ORDER BY key)), '[]')`;
}

/** The same, for one code at a JSON path (left alone where the path is absent or the text is no JSON object). */
function mappedAt(column: string, path: string, map: CodeMap): string {
  const whens = Object.entries(map).map(([from, to]) => `WHEN ${quote(from)} THEN json_set(${ident(column)}, ${quote(path)}, ${quote(to)})`);
  return `CASE WHEN json_valid(${ident(column)}) AND json_type(${ident(column)}) = 'object' THEN
    CASE json_extract(${ident(column)}, ${quote(path)}) ${whens.join(' ')} ELSE ${ident(column)} END ELSE ${ident(column)} END`;
}

interface SchemaRow {
  type: string;
  name: string;
  sql: string;
}

const tableSql = (db: Database, table: string): string => {
  const sql = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(table) as string | undefined;
  if (!sql) throw new Error(`migration 12: table ${table} is missing`);
  return sql;
};
const dependents = (db: Database, table: string, types: readonly string[]): SchemaRow[] =>
  db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND type IN (${types.map(() => '?').join(', ')}) ORDER BY rowid`)
    .all(table, ...types) as SchemaRow[];
const columnsOf = (db: Database, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);

function rebuild(db: Database, table: string, columns: Readonly<Record<string, CodeMap>>, checked: CodeMap): void {
  const sql = tableSql(db, table);
  const temp = `${table}_v12`;
  const head = /^CREATE TABLE\s+("?)([A-Za-z_][A-Za-z0-9_]*)\1\s*\(/;
  if (!head.test(sql)) throw new Error(`migration 12: unexpected schema of ${table}`);
  let next = sql.replace(head, `CREATE TABLE ${temp} (`);
  for (const [from, to] of Object.entries(checked)) {
    next = next.split(quote(from)).join(quote(to));
  }
  const kept = dependents(db, table, ['index', 'trigger']);
  const names = columnsOf(db, table);
  const select = names.map((c) => (columns[c] ? mapped(c, columns[c]) : ident(c))).join(', ');
  const count = db.prepare(`SELECT count(*) FROM ${ident(table)}`).pluck().get() as number;
  db.exec(next);
  db.exec(`INSERT INTO ${temp} (${names.map(ident).join(', ')}) SELECT ${select} FROM ${ident(table)}`);
  db.exec(`DROP TABLE ${ident(table)}`);
  db.exec(`ALTER TABLE ${temp} RENAME TO ${ident(table)}`);
  for (const d of kept) db.exec(d.sql);
  const copied = db.prepare(`SELECT count(*) FROM ${ident(table)}`).pluck().get() as number;
  if (copied !== count) throw new Error(`migration 12: ${table} had ${count} rows, its copy ${copied}`);
}

/** Runs `fn` with the table's triggers off (dropped, then re-created from their own SQL). */
function withoutTriggers(db: Database, table: string, fn: () => void): void {
  const triggers = dependents(db, table, ['trigger']);
  for (const t of triggers) db.exec(`DROP TRIGGER ${ident(t.name)}`);
  fn();
  for (const t of triggers) db.exec(t.sql);
}

const violations = (db: Database): number => (db.prepare(`SELECT count(*) FROM pragma_foreign_key_check`).pluck().get() as number);

export const v12englishCodes: Migration = {
  version: 12,
  name: 'english codes',
  foreignKeysOff: true,
  up(db) {
    if (db.pragma('foreign_keys', { simple: true }) !== 0) {
      throw new Error('migration 12 rebuilds parent tables and must run with foreign keys off');
    }
    const before = violations(db);
    const legacy = db.pragma('legacy_alter_table', { simple: true }) as number;
    // Renaming the copy must not rewrite (or check) other tables' triggers that name the table.
    db.pragma('legacy_alter_table = ON');
    try {
      for (const r of REBUILT) rebuild(db, r.table, r.columns, r.checked);
    } finally {
      db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`);
    }

    withoutTriggers(db, 'learnings', () => {
      db.exec(`UPDATE learnings SET spbe_domains = ${mappedArray('spbe_domains', SPBE)} WHERE json_valid(spbe_domains) AND json_type(spbe_domains) = 'array' AND json_array_length(spbe_domains) > 0`);
    });
    withoutTriggers(db, 'people', () => {
      db.exec(`UPDATE people SET media_type = ${mapped('media_type', MEDIA)} WHERE media_type IN (${Object.keys(MEDIA).map(quote).join(', ')})`);
    });
    for (const table of ['trip_members', 'trip_host_people']) {
      withoutTriggers(db, table, () => {
        db.exec(`UPDATE ${table} SET snapshot = ${mappedAt('snapshot', '$.mediaType', MEDIA)}, snapshot_prev = ${mappedAt('snapshot_prev', '$.mediaType', MEDIA)}`);
      });
    }
    withoutTriggers(db, 'doc_numbers', () => {
      db.exec(`UPDATE doc_numbers SET issued_as = ${mappedAt('issued_as', '$.level', LEVEL)}`);
      db.exec(`UPDATE doc_numbers SET issued_as = ${mappedAt('issued_as', '$.signer.seat', SEAT)}`);
      db.exec(`UPDATE doc_numbers SET issued_as = ${mappedAt('issued_as', '$.acknowledge.seat', SEAT)}`);
    });

    const after = violations(db);
    if (after > before) throw new Error(`migration 12 left ${after - before} foreign keys pointing at no row`);
  },
};
