import type { z } from 'zod';
import {
  FOLLOWUP_STATUSES,
  isOverdue,
  type Dimension,
  type FollowupStatus,
  type Priority,
  type Tracker,
  type TrackerRow,
  type trackerSchema,
} from '../../shared/learnings/schemas';
import { OPEN_STATUSES, isOpenStatus, sqlList } from '../../shared/vocabulary';
import type { Store } from '../db/store';
import { parseList } from './rows';

type In<S extends z.ZodType> = z.output<S>;

/* The follow-ups tracker: every live follow-up across trips, filtered, with counts per status. */

interface TrackerDbRow {
  id: string;
  action: string;
  owner_unit: string;
  target_date: string;
  status: FollowupStatus;
  learning_id: string;
  topic: string;
  priority: Priority;
  responsible_unit: string;
  dimensions: string;
  trip_id: string;
  trip_title: string;
  start_date: string;
  end_date: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const OPEN_SQL = sqlList(OPEN_STATUSES);

/**
 * The tracker's FROM and WHERE, without the status and overdue filters
 * (the counts need them left out). Learnings and trips are joined only when
 * a filter reads them; deleted ones are excluded through their (small) sets
 * of deleted ids, so the common case reads the follow-ups' index alone.
 */
function trackerBase(input: In<typeof trackerSchema>, withJoins: boolean) {
  const where = [
    'f.deleted_at IS NULL',
    'f.trip_id NOT IN (SELECT id FROM trips WHERE deleted_at IS NOT NULL)',
    'f.learning_id NOT IN (SELECT id FROM learnings WHERE deleted_at IS NOT NULL)',
  ];
  const params: Record<string, string> = { today: input.today };
  const joins = new Set<'l' | 't'>(withJoins ? ['l', 't'] : []);
  if (input.dimension) {
    joins.add('l');
    where.push(`EXISTS (SELECT 1 FROM json_each(l.dimensions) d WHERE d.value = @dimension)`);
    params.dimension = input.dimension;
  }
  if (input.unit) {
    joins.add('l');
    where.push(`(f.owner_unit LIKE @unit ESCAPE '\\' OR l.responsible_unit LIKE @unit ESCAPE '\\')`);
    params.unit = `%${escapeLike(input.unit)}%`;
  }
  if (input.query) {
    joins.add('l').add('t');
    where.push(`(f.action LIKE @query ESCAPE '\\' OR l.topic LIKE @query ESCAPE '\\' OR t.title LIKE @query ESCAPE '\\')`);
    params.query = `%${escapeLike(input.query)}%`;
  }
  const from = `FROM followups f${joins.has('l') ? ' JOIN learnings l ON l.id = f.learning_id' : ''}${joins.has('t') ? ' JOIN trips t ON t.id = f.trip_id' : ''}`;
  return { from, where, params };
}

/** One of the tracker's queries: its SQL and the named parameters it binds. */
export interface TrackerQuery {
  sql: string;
  params: Record<string, string>;
}

/** The SQL the tracker runs for `input` (exported so the schema test reads its plans). */
export interface TrackerQueries {
  /** Counts per status, without the status and overdue filters. */
  counts: TrackerQuery;
  /** The dated rows, in target-date order. */
  dated: TrackerQuery;
  /** The undated rows after them, at most `limit`; null when the overdue filter leaves none. */
  undated: ((limit: number) => TrackerQuery) | null;
}

export function trackerQueries(input: In<typeof trackerSchema>): TrackerQueries {
  const agg = trackerBase(input, false);
  const overdueOnly = `f.target_date <> '' AND f.target_date < @today AND f.status IN ${OPEN_SQL}`;
  // "Overdue only" counts only late rows (all it shows): a range of the status index, not every follow-up.
  const countWhere = input.overdue ? [...agg.where, overdueOnly] : agg.where;
  const counts = {
    sql: `SELECT f.status, count(*) AS n, sum(f.target_date <> '' AND f.target_date < @today) AS late
       ${agg.from} WHERE ${countWhere.join(' AND ')} GROUP BY f.status`,
    params: agg.params,
  };

  // Rows: dated ones by target date (read in the index's order), then undated ones.
  const base = trackerBase(input, true);
  const where = [...base.where];
  const params: Record<string, string> = { ...base.params };
  if (input.status) {
    where.push('f.status = @status');
    params.status = input.status;
  }
  if (input.overdue) where.push(overdueOnly);
  const select = `SELECT ${ROW_COLUMNS} ${base.from}`;
  const dated = {
    sql: `${select} WHERE ${[...where, `f.target_date <> ''`].join(' AND ')} ORDER BY f.target_date LIMIT ${input.limit}`,
    params,
  };
  const undated = input.overdue
    ? null
    : (limit: number) => ({
        sql: `${select} WHERE ${[...where, `f.target_date = ''`].join(' AND ')} ORDER BY f.created_at LIMIT ${limit}`,
        params,
      });
  return { counts, dated, undated };
}

const ROW_COLUMNS = `f.id, f.action, f.owner_unit, f.target_date, f.status, f.learning_id, l.topic, l.priority, l.responsible_unit,
      l.dimensions, f.trip_id, t.title AS trip_title, t.start_date, t.end_date`;

interface ScannedRow {
  rid: number;
  id: string;
  status: FollowupStatus;
  target_date: string;
  created_at: number;
}

/**
 * The text and unit filters read every follow-up's text (a substring LIKE,
 * no index can serve it): scanned once here, not once per query as the
 * counts, the dated and the undated rows would each scan it. What matched is
 * counted, filtered and ordered in memory (the same order as the indexed
 * path: target date, then the index's rowid order; undated by creation),
 * and only the rows shown are read whole, in one query.
 */
function trackerByScan(store: Store, input: In<typeof trackerSchema>): { rows: TrackerDbRow[]; counts: Record<FollowupStatus, number>; overdueCount: number } {
  const db = store.db;
  const base = trackerBase(input, false);
  const scanned = db.prepare(`SELECT f.rowid AS rid, f.id, f.status, f.target_date, f.created_at ${base.from} WHERE ${base.where.join(' AND ')}`).all(base.params) as ScannedRow[];
  const counts = Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as Record<FollowupStatus, number>;
  let overdueCount = 0;
  const dated: ScannedRow[] = [];
  const undated: ScannedRow[] = [];
  for (const r of scanned) {
    const late = isOverdue({ targetDate: r.target_date, status: r.status }, input.today);
    if (late) overdueCount += 1;
    if (!input.overdue || late) counts[r.status] += 1;
    if (input.status && r.status !== input.status) continue;
    if (input.overdue && !late) continue;
    (r.target_date ? dated : undated).push(r);
  }
  dated.sort((a, b) => (a.target_date < b.target_date ? -1 : a.target_date > b.target_date ? 1 : a.rid - b.rid));
  undated.sort((a, b) => a.created_at - b.created_at || a.rid - b.rid);
  const shown = [...dated, ...undated].slice(0, input.limit).map((r) => r.id);
  const rows =
    shown.length === 0
      ? []
      : (db
          .prepare(
            `SELECT ${ROW_COLUMNS} FROM json_each(?) j JOIN followups f ON f.id = j.value
               JOIN learnings l ON l.id = f.learning_id JOIN trips t ON t.id = f.trip_id ORDER BY j.key`,
          )
          .all(JSON.stringify(shown)) as TrackerDbRow[]);
  return { rows, counts, overdueCount };
}

export function tracker(store: Store, input: In<typeof trackerSchema>): Tracker {
  if (input.query || input.unit) {
    const { rows, counts, overdueCount } = trackerByScan(store, input);
    const total = input.status ? counts[input.status] : FOLLOWUP_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    return { rows: rows.map((r) => toTrackerRow(r, input.today)), total, counts, overdueCount };
  }
  const db = store.db;
  // Statements differ by filter combination; each is prepared per call (cheap next to the scan).
  const q = trackerQueries(input);
  const counts = Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as Record<FollowupStatus, number>;
  let overdueCount = 0;
  const grouped = db.prepare(q.counts.sql).all(q.counts.params) as Array<{ status: FollowupStatus; n: number; late: number }>;
  for (const g of grouped) {
    const late = isOpenStatus(g.status) ? g.late : 0;
    counts[g.status] = input.overdue ? late : g.n;
    overdueCount += late;
  }
  const total = input.status ? counts[input.status] : FOLLOWUP_STATUSES.reduce((sum, s) => sum + counts[s], 0);

  const dated = db.prepare(q.dated.sql).all(q.dated.params) as TrackerDbRow[];
  const rest = q.undated && dated.length < input.limit ? q.undated(input.limit - dated.length) : null;
  const undated = rest ? (db.prepare(rest.sql).all(rest.params) as TrackerDbRow[]) : [];
  const rows = [...dated, ...undated];
  return { rows: rows.map((r) => toTrackerRow(r, input.today)), total, counts, overdueCount };
}


function toTrackerRow(r: TrackerDbRow, today: string): TrackerRow {
  return {
    id: r.id,
    action: r.action,
    ownerUnit: r.owner_unit,
    targetDate: r.target_date,
    status: r.status,
    overdue: isOverdue({ targetDate: r.target_date, status: r.status }, today),
    learningId: r.learning_id,
    topic: r.topic,
    priority: r.priority,
    responsibleUnit: r.responsible_unit,
    dimensions: parseList<Dimension>(r.dimensions),
    tripId: r.trip_id,
    tripTitle: r.trip_title,
    tripStartDate: r.start_date,
    tripEndDate: r.end_date,
  };
}
