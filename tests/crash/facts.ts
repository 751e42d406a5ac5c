/**
 * What the crash test's writer and checker agree on: a "fact" is one row of
 * the database as the writer saw it right after an acknowledged operation
 * (a few columns that the operations change, updated_at and whether it is
 * live), keyed "table:id". The writer prints facts; the parent checks that
 * every acknowledged fact is still there after each SIGKILL.
 */
import type { Database } from 'better-sqlite3';

/** Columns read per table; `live` (deleted_at IS NULL) is always added. */
export const COLS = {
  institutions: ['kind', 'name', 'updated_at'],
  people: ['kind', 'name', 'unit', 'institution_id', 'notes', 'updated_at'],
  trips: ['title', 'status', 'origin_institution_id', 'updated_at'],
  trip_members: ['trip_id', 'person_id', 'role', 'position', 'hotel', 'updated_at'],
  trip_hosts: ['trip_id', 'institution_id', 'updated_at'],
  trip_host_people: ['trip_id', 'person_id', 'host_role', 'updated_at'],
  venues: ['trip_id', 'institution_id', 'name', 'updated_at'],
  agenda_items: ['trip_id', 'title', 'start_at', 'end_at', 'attendance', 'notes', 'updated_at'],
  agenda_attendees: ['item_id', 'member_id', 'updated_at'],
  learnings: ['trip_id', 'topic', 'figures', 'dimensions', 'priority', 'position', 'updated_at'],
  followups: ['learning_id', 'action', 'status', 'updated_at'],
  followup_history: ['followup_id', 'from_status', 'to_status', 'note'],
  photos: ['trip_id', 'image_sha256', 'thumb_sha256', 'caption', 'position', 'updated_at'],
  doc_numbers: ['trip_id', 'kind', 'issuer_id', 'number', 'seq', 'updated_at'],
} as const;
export type FactTable = keyof typeof COLS;

/** [key "table:id", the row's values as JSON, or null when the row does not exist]. */
export type Fact = [string, string | null];

export const factKey = (table: FactTable, id: string): string => `${table}:${id}`;

const cache = new WeakMap<Database, Map<string, ReturnType<Database['prepare']>>>();

/** The row's values as one comparable string; null when there is no such row. */
export function readFact(db: Database, key: string): string | null {
  const colon = key.indexOf(':');
  const table = key.slice(0, colon) as FactTable;
  const id = key.slice(colon + 1);
  let per = cache.get(db);
  if (!per) {
    per = new Map();
    cache.set(db, per);
  }
  let st = per.get(table);
  if (!st) {
    const cols = COLS[table];
    if (!cols) throw new Error(`no fact columns for ${table}`);
    st = db.prepare(`SELECT ${cols.join(', ')}, deleted_at IS NULL AS live FROM ${table} WHERE id = ?`).raw();
    per.set(table, st);
  }
  const row = st.get(id) as unknown[] | undefined;
  return row === undefined ? null : JSON.stringify(row);
}

export const readFacts = (db: Database, keys: Iterable<string>): Fact[] => [...new Set(keys)].map((k) => [k, readFact(db, k)]);

/** One line the writer prints before an operation: what it starts, and the rows it will change as they are now. */
export interface DoLine {
  n: number;
  kind: string;
  /** Existing rows the operation changes (every one of them changes a reported column). */
  touched: Fact[];
  /** For a restore: the backup it swaps in. */
  restore?: string;
}

/** One line the writer prints after an operation committed. */
export interface OkLine {
  n: number;
  kind: string;
  facts: Fact[];
  /** backups.create: the new backup's file name. */
  backup?: string;
  /** backups.restore: what was restored, and the safety backup of the file it replaced. */
  restored?: { name: string; safetyBackup: string | null };
}

/** The operations the writer knows, by name (the parent picks one to favour in each run). */
export const KINDS = [
  'trips.create',
  'trips.update',
  'trips.duplicate',
  'members.add',
  'members.addNew',
  'members.update',
  'members.reorder',
  'members.remove',
  'hosts.add',
  'hosts.remove',
  'hostPeople.add',
  'hostPeople.update',
  'hostPeople.remove',
  'venues.create',
  'agenda.create',
  'agenda.update',
  'agenda.shiftDay',
  'learnings.create',
  'learnings.update',
  'followups.create',
  'followups.setStatus',
  'photos.add',
  'photos.update',
  'people.import',
  'numbers.issue',
  'numbers.clear',
  'backups.create',
  'backups.restore',
] as const;
export type Kind = (typeof KINDS)[number];

/** Size of every people import. */
export const IMPORT_ROWS = 200;
