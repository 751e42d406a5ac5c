/**
 * The crash test's checks of a database after a SIGKILL: the file's own
 * soundness, invariants that only hold when every operation is whole
 * (`wholeness`), and the model of every acknowledged write (`Model`).
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { IMPORT_ROWS, readFact, type DoLine, type OkLine } from './facts';

/** Problems a half-written operation would leave; empty when every operation in the file is whole. */
export function wholeness(db: Database): string[] {
  const problems: string[] = [];
  const count = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
  const rows = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];

  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);

  // Every row and its change-log entry are written together.
  const logged = (db.prepare(`SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_log\\_insert' ESCAPE '\\'`).pluck().all() as string[]).sort();
  if (logged.length < 10) problems.push(`only ${logged.length} tables have change-log triggers`);
  for (const t of logged) {
    const noPut = count(`SELECT count(*) FROM ${t} x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = ? AND c.row_id = x.id AND c.op = 'PUT')`, t);
    if (noPut) problems.push(`${t}: ${noPut} row(s) without their PUT in the change log`);
    const orphans = count(`SELECT count(*) FROM change_log c WHERE c.table_name = ? AND NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.id = c.row_id)`, t);
    if (orphans) problems.push(`${t}: ${orphans} change-log row(s) without their row`);
  }

  // trips.duplicate: the copy holds everything its title says it was made with.
  for (const t of rows<{ id: string; title: string }>(`SELECT id, title FROM trips WHERE title LIKE 'dup %'`)) {
    const m = /^dup \S+ m(\d+) h(\d+) p(\d+) v(\d+)/.exec(t.title);
    if (!m) {
      problems.push(`duplicate with an unexpected title: ${t.title}`);
      continue;
    }
    const got = ['trip_members', 'trip_hosts', 'trip_host_people', 'venues'].map((table) => count(`SELECT count(*) FROM ${table} WHERE trip_id = ?`, t.id));
    if (got.join() !== m.slice(1, 5).join()) problems.push(`duplicate "${t.title}" holds m/h/p/v ${got.join('/')}`);
  }

  // members.addNew: the new person and their membership together (later operations may add them elsewhere too).
  const lonely = count(`SELECT count(*) FROM people p WHERE notes LIKE 'addnew %' AND NOT EXISTS (SELECT 1 FROM trip_members m WHERE m.person_id = p.id)`);
  if (lonely) problems.push(`${lonely} person(s) made by members.addNew without their membership`);

  // people.importCommit: all rows of an import, their outlet and their memberships, or none.
  for (const g of rows<{ unit: string; n: number; kind: string }>(`SELECT unit, count(*) AS n, min(kind) AS kind FROM people WHERE unit LIKE 'imp-%' GROUP BY unit`)) {
    if (g.n !== IMPORT_ROWS) problems.push(`import ${g.unit}: ${g.n} of ${IMPORT_ROWS} people`);
    const trip = /^imp-\d+-\d+-(.+)$/.exec(g.unit)?.[1];
    if (trip && trip !== 'none') {
      const joined = count(`SELECT count(*) FROM trip_members WHERE trip_id = ? AND person_id IN (SELECT id FROM people WHERE unit = ?)`, trip, g.unit);
      if (joined !== IMPORT_ROWS) problems.push(`import ${g.unit}: ${joined} of ${IMPORT_ROWS} joined the trip`);
    }
    if (g.kind === 'journalist') {
      const outlets = rows<{ id: string }>(`SELECT id FROM institutions WHERE name = ?`, `Outlet ${g.unit}`);
      const inOutlet = outlets.length === 1 ? count(`SELECT count(*) FROM people WHERE unit = ? AND institution_id = ?`, g.unit, outlets[0]?.id) : 0;
      if (outlets.length !== 1 || inOutlet !== g.n) problems.push(`import ${g.unit}: ${outlets.length} outlet(s), ${inOutlet} people in it`);
    }
  }
  const strayOutlets = count(`SELECT count(*) FROM institutions i WHERE name LIKE 'Outlet imp-%' AND NOT EXISTS (SELECT 1 FROM people p WHERE p.institution_id = i.id)`);
  if (strayOutlets) problems.push(`${strayOutlets} outlet(s) of an import without its people`);

  // agenda.create / agenda.update: the chosen attendees and the count in the notes are written together.
  for (const a of rows<{ id: string; notes: string; n: number }>(
    `SELECT a.id, a.notes, (SELECT count(*) FROM agenda_attendees x WHERE x.item_id = a.id AND x.deleted_at IS NULL) AS n
     FROM agenda_items a WHERE a.deleted_at IS NULL AND a.notes LIKE 'att=%'`,
  )) {
    if (`att=${a.n}` !== a.notes) problems.push(`agenda item ${a.id}: ${a.n} attendees, notes say ${a.notes}`);
  }
  const chosenWithout = count(`SELECT count(*) FROM agenda_items a WHERE deleted_at IS NULL AND attendance = 'chosen' AND notes NOT LIKE 'att=%'`);
  if (chosenWithout) problems.push(`${chosenWithout} agenda item(s) with chosen attendance but no count`);

  // followups.create / followups.setStatus: the status and its history entry together, the history a chain.
  const history = new Map<string, Array<{ from: string; to: string }>>();
  for (const h of rows<{ f: string; from: string; to: string }>(`SELECT followup_id AS f, from_status AS "from", to_status AS "to" FROM followup_history ORDER BY rowid`)) {
    const list = history.get(h.f) ?? [];
    list.push({ from: h.from, to: h.to });
    history.set(h.f, list);
  }
  for (const f of rows<{ id: string; status: string }>(`SELECT id, status FROM followups`)) {
    const chain = history.get(f.id) ?? [];
    const broken = chain.some((h, i) => h.from !== (i === 0 ? '' : chain[i - 1]?.to));
    if (!chain.length || broken || chain[chain.length - 1]?.to !== f.status) {
      problems.push(`follow-up ${f.id} is ${f.status}, its history ${JSON.stringify(chain)}`);
    }
  }

  // photos.add: the bytes are whole and are what their key says.
  for (const b of db.prepare(`SELECT sha256, bytes, size FROM blobs`).iterate() as Iterable<{ sha256: string; bytes: Buffer; size: number }>) {
    const sha = createHash('sha256').update(b.bytes).digest('hex');
    if (sha !== b.sha256 || b.bytes.length !== b.size) problems.push(`blob ${b.sha256} holds ${b.bytes.length} bytes hashing to ${sha}`);
  }

  // numbers.issue: one live number per trip and kind; never a number twice in a register.
  const twice = count(`SELECT count(*) FROM (SELECT 1 FROM doc_numbers WHERE deleted_at IS NULL GROUP BY trip_id, kind HAVING count(*) > 1)`);
  if (twice) problems.push(`${twice} trip/kind pair(s) with two live numbers`);
  const reused = count(`SELECT count(*) FROM (SELECT 1 FROM doc_numbers WHERE clash_of IS NULL GROUP BY issuer_id, number HAVING count(*) > 1)`);
  if (reused) problems.push(`${reused} number(s) given twice by one register`);
  return problems;
}

/** Keys whose row in the file is not as `facts` say. */
export function differences(db: Database, facts: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of facts) if (readFact(db, k) !== v) out.push(k);
  return out;
}

export type Landed = 'absent' | 'present';

/**
 * Every acknowledged write, as the rows it left, plus what each known backup
 * held when it was taken. A restore's acknowledged state is its backup's.
 */
export class Model {
  facts = new Map<string, string>();
  readonly backups = new Map<string, Map<string, string>>();

  apply(ok: OkLine): void {
    if (ok.restored) {
      const held = this.backups.get(ok.restored.name);
      if (!held) throw new Error(`restored ${ok.restored.name}, a backup the test does not know`);
      if (ok.restored.safetyBackup) this.backups.set(ok.restored.safetyBackup, new Map(this.facts));
      this.facts = new Map(held);
    }
    for (const [k, v] of ok.facts) {
      if (v === null) throw new Error(`acknowledged fact ${k} without a row`);
      this.facts.set(k, v);
    }
    if (ok.backup) this.backups.set(ok.backup, new Map(this.facts));
  }

  /**
   * The operation that was running when the process was killed: whole or
   * absent. Afterwards the model holds what the file shows of it.
   */
  settle(db: Database, inFlight: DoLine | null): { landed: Landed | null; problems: string[] } {
    if (!inFlight) return { landed: null, problems: [] };
    if (inFlight.kind === 'backups.restore') {
      const held = inFlight.restore === undefined ? undefined : this.backups.get(inFlight.restore);
      if (!held) return { landed: null, problems: [`restore of an unknown backup ${String(inFlight.restore)}`] };
      const fromOld = differences(db, this.facts);
      if (fromOld.length === 0) return { landed: 'absent', problems: [] };
      const fromBackup = differences(db, held);
      if (fromBackup.length === 0) {
        this.facts = new Map(held);
        return { landed: 'present', problems: [] };
      }
      return {
        landed: null,
        problems: [`restore of ${inFlight.restore} killed: neither the old data (${fromOld.length} rows differ, e.g. ${fromOld[0]}) nor the backup's (${fromBackup.length} differ, e.g. ${fromBackup[0]})`],
      };
    }
    if (inFlight.touched.length === 0) return { landed: null, problems: [] };
    const now = inFlight.touched.map(([k, before]) => ({ k, before, now: readFact(db, k) }));
    const changed = now.filter((r) => r.now !== r.before);
    if (changed.length === 0) return { landed: 'absent', problems: [] };
    if (changed.length !== now.length) {
      return {
        landed: null,
        problems: [`${inFlight.kind} half applied: ${changed.length} of ${now.length} rows changed (unchanged: ${now.filter((r) => r.now === r.before).map((r) => r.k).slice(0, 3).join(', ')})`],
      };
    }
    const vanished = changed.filter((r) => r.now === null);
    if (vanished.length) return { landed: null, problems: [`${inFlight.kind}: rows vanished: ${vanished.map((r) => r.k).join(', ')}`] };
    for (const r of changed) this.facts.set(r.k, r.now as string);
    return { landed: 'present', problems: [] };
  }
}
