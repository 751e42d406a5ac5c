import type { z } from 'zod';
import {
  FOLLOWUP_STATUSES,
  isOverdue,
  type Dimension,
  type Figure,
  type Followup,
  type followupCreateSchema,
  type FollowupHistoryEntry,
  type followupSetStatusSchema,
  type FollowupStatus,
  type followupUpdateSchema,
  type Learning,
  type learningCreateSchema,
  type learningReorderSchema,
  type learningUpdateSchema,
  type Priority,
  type SpbeDomain,
  type Tracker,
  type TrackerRow,
  type trackerSchema,
} from '../../shared/domain/learnings';
import { AppError } from '../../shared/result';
import { preparedPer, type Store } from '../db/store';
import { liveTripRow, stripUndefined } from './trips';

/*
 * Learnings (hasil kunjungan) of a trip and their follow-ups (tindak lanjut).
 * Every write is one `store.write`: a failure anywhere writes nothing.
 * Removing a learning marks it and its live follow-ups with one timestamp;
 * restoring brings back exactly those. A status change appends a
 * followup_history row in the same transaction as the change.
 */

type In<S extends z.ZodType> = z.output<S>;

interface LearningRow {
  id: string;
  trip_id: string;
  topic: string;
  agenda_item_ids: string;
  host_practice: string;
  figures: string;
  applicability: string;
  recommendation: string;
  dimensions: string;
  spbe_domains: string;
  responsible_unit: string;
  priority: Priority;
  position: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

interface FollowupRow {
  id: string;
  learning_id: string;
  trip_id: string;
  action: string;
  owner_unit: string;
  target_date: string;
  status: FollowupStatus;
  evidence: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

interface HistoryRow {
  id: string;
  followup_id: string;
  from_status: FollowupStatus | '';
  to_status: FollowupStatus;
  note: string;
  at: number;
}

const L_COLS = `id, trip_id, topic, agenda_item_ids, host_practice, figures, applicability, recommendation, dimensions,
  spbe_domains, responsible_unit, priority, position, created_at, updated_at, deleted_at`;
const F_COLS = `id, learning_id, trip_id, action, owner_unit, target_date, status, evidence, created_at, updated_at, deleted_at`;
const H_COLS = `id, followup_id, from_status, to_status, note, at`;

function prepare(db: Store['db']) {
  return {
    lGet: db.prepare(`SELECT ${L_COLS} FROM learnings WHERE id = ?`),
    lByTrip: db.prepare(`SELECT ${L_COLS} FROM learnings WHERE trip_id = ? AND deleted_at IS NULL ORDER BY position, created_at`),
    lMaxPos: db.prepare(`SELECT coalesce(max(position), 0) AS p FROM learnings WHERE trip_id = ? AND deleted_at IS NULL`),
    lInsert: db.prepare(
      `INSERT INTO learnings (id, trip_id, topic, agenda_item_ids, host_practice, figures, applicability, recommendation,
         dimensions, spbe_domains, responsible_unit, priority, position, created_at, updated_at)
       VALUES (@id, @tripId, @topic, @agendaItemIds, @hostPractice, @figures, @applicability, @recommendation,
         @dimensions, @spbeDomains, @responsibleUnit, @priority, @position, @now, @now)`,
    ),
    lUpdate: db.prepare(
      `UPDATE learnings SET topic = @topic, agenda_item_ids = @agendaItemIds, host_practice = @hostPractice, figures = @figures,
         applicability = @applicability, recommendation = @recommendation, dimensions = @dimensions, spbe_domains = @spbeDomains,
         responsible_unit = @responsibleUnit, priority = @priority, updated_at = @now
       WHERE id = @id`,
    ),
    agendaLive: db.prepare(
      `SELECT count(DISTINCT id) AS n FROM agenda_items
       WHERE trip_id = ? AND deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    ),
    lPosition: db.prepare(`UPDATE learnings SET position = ?, updated_at = ? WHERE id = ?`),
    lDelete: db.prepare(`UPDATE learnings SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    lRestore: db.prepare(`UPDATE learnings SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
    fGet: db.prepare(`SELECT ${F_COLS} FROM followups WHERE id = ?`),
    fByTrip: db.prepare(`SELECT ${F_COLS} FROM followups WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    fByLearning: db.prepare(`SELECT ${F_COLS} FROM followups WHERE learning_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    fInsert: db.prepare(
      `INSERT INTO followups (id, learning_id, trip_id, action, owner_unit, target_date, status, evidence, created_at, updated_at)
       VALUES (@id, @learningId, @tripId, @action, @ownerUnit, @targetDate, @status, @evidence, @now, @now)`,
    ),
    fUpdate: db.prepare(
      `UPDATE followups SET action = @action, owner_unit = @ownerUnit, target_date = @targetDate, evidence = @evidence, updated_at = @now
       WHERE id = @id`,
    ),
    fStatus: db.prepare(`UPDATE followups SET status = ?, updated_at = ? WHERE id = ?`),
    fDelete: db.prepare(`UPDATE followups SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    fDeleteOfLearning: db.prepare(`UPDATE followups SET deleted_at = ?, updated_at = ? WHERE learning_id = ? AND deleted_at IS NULL`),
    fRestore: db.prepare(`UPDATE followups SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
    fRestoreOfLearning: db.prepare(`UPDATE followups SET deleted_at = NULL, updated_at = ? WHERE learning_id = ? AND deleted_at = ?`),
    hInsert: db.prepare(
      `INSERT INTO followup_history (id, followup_id, from_status, to_status, note, at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    hByFollowup: db.prepare(`SELECT ${H_COLS} FROM followup_history WHERE followup_id = ? AND deleted_at IS NULL ORDER BY at, id`),
    hByTrip: db.prepare(
      `SELECT h.id, h.followup_id, h.from_status, h.to_status, h.note, h.at FROM followup_history h
       JOIN followups f ON f.id = h.followup_id
       WHERE f.trip_id = ? AND f.deleted_at IS NULL AND h.deleted_at IS NULL ORDER BY h.at, h.id`,
    ),
  };
}
const stmts = preparedPer(prepare);

const parseList = <T>(json: string): T[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};

const toHistory = (r: HistoryRow): FollowupHistoryEntry => ({
  id: r.id,
  followupId: r.followup_id,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  note: r.note,
  at: r.at,
});

const toFollowup = (r: FollowupRow, history: FollowupHistoryEntry[]): Followup => ({
  id: r.id,
  learningId: r.learning_id,
  tripId: r.trip_id,
  action: r.action,
  ownerUnit: r.owner_unit,
  targetDate: r.target_date,
  status: r.status,
  evidence: r.evidence,
  history,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toLearning = (r: LearningRow, followups: Followup[]): Learning => ({
  id: r.id,
  tripId: r.trip_id,
  topic: r.topic,
  agendaItemIds: parseList<string>(r.agenda_item_ids),
  hostPractice: r.host_practice,
  figures: parseList<Figure>(r.figures),
  applicability: r.applicability,
  recommendation: r.recommendation,
  dimensions: parseList<Dimension>(r.dimensions),
  spbeDomains: parseList<SpbeDomain>(r.spbe_domains),
  responsibleUnit: r.responsible_unit,
  priority: r.priority,
  position: r.position,
  followups,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const learningNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Learning ${id} does not exist or was deleted`, { field: 'id', key: 'learnings.errors.learningNotFound' });
const followupNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Follow-up ${id} does not exist or was deleted`, { field: 'id', key: 'learnings.errors.followupNotFound' });

function liveLearning(store: Store, id: string, field = 'id'): LearningRow {
  const row = stmts(store.db).lGet.get(id) as LearningRow | undefined;
  if (!row || row.deleted_at !== null) {
    const e = learningNotFound(id);
    throw new AppError(e.code, e.message, { field, key: e.key });
  }
  liveTripRow(store, row.trip_id);
  return row;
}

function liveFollowup(store: Store, id: string): FollowupRow {
  const row = stmts(store.db).fGet.get(id) as FollowupRow | undefined;
  if (!row || row.deleted_at !== null) throw followupNotFound(id);
  liveLearning(store, row.learning_id);
  return row;
}

function followupOut(store: Store, row: FollowupRow): Followup {
  return toFollowup(row, (stmts(store.db).hByFollowup.all(row.id) as HistoryRow[]).map(toHistory));
}

function learningOut(store: Store, row: LearningRow): Learning {
  const fs = stmts(store.db).fByLearning.all(row.id) as FollowupRow[];
  return toLearning(
    row,
    fs.map((f) => followupOut(store, f)),
  );
}

const bindLearning = (l: Omit<Learning, 'followups' | 'createdAt' | 'updatedAt' | 'position'>, now: number) => ({
  id: l.id,
  tripId: l.tripId,
  topic: l.topic,
  agendaItemIds: JSON.stringify(l.agendaItemIds),
  hostPractice: l.hostPractice,
  figures: JSON.stringify(l.figures.map((f) => ({ label: f.label, value: f.value }))),
  applicability: l.applicability,
  recommendation: l.recommendation,
  dimensions: JSON.stringify(l.dimensions),
  spbeDomains: JSON.stringify(l.spbeDomains),
  responsibleUnit: l.responsibleUnit,
  priority: l.priority,
  now,
});

/** Every id must name a live agenda item of the trip. */
function checkAgendaItems(store: Store, tripId: string, ids: readonly string[]): void {
  const wanted = new Set(ids);
  if (wanted.size === 0) return;
  const { n } = stmts(store.db).agendaLive.get(tripId, JSON.stringify([...wanted])) as { n: number };
  if (n !== wanted.size) {
    throw new AppError('VALIDATION', 'agendaItemIds must name live agenda items of the same trip', {
      field: 'agendaItemIds',
      key: 'learnings.errors.agendaItemNotInTrip',
    });
  }
}

// ——— Learnings ———

export function listLearnings(store: Store, tripId: string): Learning[] {
  liveTripRow(store, tripId);
  const s = stmts(store.db);
  const history = new Map<string, FollowupHistoryEntry[]>();
  for (const h of s.hByTrip.all(tripId) as HistoryRow[]) {
    const list = history.get(h.followup_id) ?? [];
    list.push(toHistory(h));
    history.set(h.followup_id, list);
  }
  const byLearning = new Map<string, Followup[]>();
  for (const f of s.fByTrip.all(tripId) as FollowupRow[]) {
    const list = byLearning.get(f.learning_id) ?? [];
    list.push(toFollowup(f, history.get(f.id) ?? []));
    byLearning.set(f.learning_id, list);
  }
  return (s.lByTrip.all(tripId) as LearningRow[]).map((r) => toLearning(r, byLearning.get(r.id) ?? []));
}

export function createLearning(store: Store, input: In<typeof learningCreateSchema>): Learning {
  return store.write(() => {
    liveTripRow(store, input.tripId);
    checkAgendaItems(store, input.tripId, input.agendaItemIds);
    const s = stmts(store.db);
    const id = store.newId();
    const position = (s.lMaxPos.get(input.tripId) as { p: number }).p + 1;
    s.lInsert.run({ ...bindLearning({ ...input, id }, store.now()), position });
    return learningOut(store, s.lGet.get(id) as LearningRow);
  });
}

export function updateLearning(store: Store, { id, patch }: In<typeof learningUpdateSchema>): Learning {
  return store.write(() => {
    const row = liveLearning(store, id);
    // Only a sent list is checked: a stored id whose agenda item was removed later stays as it is.
    if (patch.agendaItemIds !== undefined) checkAgendaItems(store, row.trip_id, patch.agendaItemIds);
    const current = toLearning(row, []);
    const next = { ...current, ...stripUndefined(patch) };
    stmts(store.db).lUpdate.run(bindLearning(next, store.now()));
    return learningOut(store, stmts(store.db).lGet.get(id) as LearningRow);
  });
}

export function removeLearning(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveLearning(store, id);
    const now = store.now();
    const s = stmts(store.db);
    s.fDeleteOfLearning.run(now, now, id);
    s.lDelete.run(now, now, id);
    return { id };
  });
}

export function restoreLearning(store: Store, id: string): Learning {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.lGet.get(id) as LearningRow | undefined;
    if (!row) throw learningNotFound(id);
    liveTripRow(store, row.trip_id);
    if (row.deleted_at !== null) {
      const now = store.now();
      s.fRestoreOfLearning.run(now, id, row.deleted_at);
      s.lRestore.run(now, id);
    }
    return learningOut(store, s.lGet.get(id) as LearningRow);
  });
}

export function reorderLearnings(store: Store, { tripId, learningIds }: In<typeof learningReorderSchema>): Learning[] {
  return store.write(() => {
    liveTripRow(store, tripId);
    const s = stmts(store.db);
    const live = (s.lByTrip.all(tripId) as LearningRow[]).map((r) => r.id);
    const wanted = new Set(learningIds);
    if (wanted.size !== learningIds.length || live.length !== learningIds.length || live.some((x) => !wanted.has(x))) {
      throw new AppError('VALIDATION', 'learningIds must list every live learning of the trip once', {
        field: 'learningIds',
        key: 'learnings.errors.reorderMismatch',
      });
    }
    const now = store.now();
    learningIds.forEach((lid, i) => s.lPosition.run(i + 1, now, lid));
    return listLearnings(store, tripId);
  });
}

// ——— Follow-ups ———

export function createFollowup(store: Store, input: In<typeof followupCreateSchema>): Followup {
  return store.write(() => {
    const learning = liveLearning(store, input.learningId, 'learningId');
    const s = stmts(store.db);
    const id = store.newId();
    const now = store.now();
    s.fInsert.run({ ...input, id, tripId: learning.trip_id, now });
    s.hInsert.run(store.newId(), id, '', input.status, '', now, now, now);
    return followupOut(store, s.fGet.get(id) as FollowupRow);
  });
}

export function updateFollowup(store: Store, { id, patch }: In<typeof followupUpdateSchema>): Followup {
  return store.write(() => {
    const row = liveFollowup(store, id);
    const next = {
      id,
      action: patch.action ?? row.action,
      ownerUnit: patch.ownerUnit ?? row.owner_unit,
      targetDate: patch.targetDate ?? row.target_date,
      evidence: patch.evidence ?? row.evidence,
      now: store.now(),
    };
    stmts(store.db).fUpdate.run(next);
    return followupOut(store, stmts(store.db).fGet.get(id) as FollowupRow);
  });
}

export function setFollowupStatus(store: Store, { id, status, note }: In<typeof followupSetStatusSchema>): Followup {
  return store.write(() => {
    const row = liveFollowup(store, id);
    const s = stmts(store.db);
    if (row.status !== status) {
      const now = store.now();
      s.fStatus.run(status, now, id);
      s.hInsert.run(store.newId(), id, row.status, status, note, now, now, now);
    }
    return followupOut(store, s.fGet.get(id) as FollowupRow);
  });
}

export function followupHistory(store: Store, id: string): FollowupHistoryEntry[] {
  liveFollowup(store, id);
  return (stmts(store.db).hByFollowup.all(id) as HistoryRow[]).map(toHistory);
}

export function removeFollowup(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveFollowup(store, id);
    const now = store.now();
    stmts(store.db).fDelete.run(now, now, id);
    return { id };
  });
}

export function restoreFollowup(store: Store, id: string): Followup {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.fGet.get(id) as FollowupRow | undefined;
    if (!row) throw followupNotFound(id);
    liveLearning(store, row.learning_id);
    if (row.deleted_at !== null) s.fRestore.run(store.now(), id);
    return followupOut(store, s.fGet.get(id) as FollowupRow);
  });
}

// ——— Tracker ———

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

const OPEN: readonly FollowupStatus[] = ['direncanakan', 'berjalan'];

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

export function tracker(store: Store, input: In<typeof trackerSchema>): Tracker {
  const db = store.db;
  // Statements differ by filter combination; each is prepared per call (cheap next to the scan).
  const agg = trackerBase(input, false);
  const counts = Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as Record<FollowupStatus, number>;
  let overdueCount = 0;
  const grouped = db
    .prepare(
      `SELECT f.status, count(*) AS n, sum(f.target_date <> '' AND f.target_date < @today) AS late
       ${agg.from} WHERE ${agg.where.join(' AND ')} GROUP BY f.status`,
    )
    .all(agg.params) as Array<{ status: FollowupStatus; n: number; late: number }>;
  for (const g of grouped) {
    const late = OPEN.includes(g.status) ? g.late : 0;
    counts[g.status] = input.overdue ? late : g.n;
    overdueCount += late;
  }
  const total = input.status ? counts[input.status] : FOLLOWUP_STATUSES.reduce((sum, s) => sum + counts[s], 0);

  // Rows: dated ones by target date (read in the index's order), then undated ones.
  const base = trackerBase(input, true);
  const where = [...base.where];
  const params: Record<string, string> = { ...base.params };
  if (input.status) {
    where.push('f.status = @status');
    params.status = input.status;
  }
  if (input.overdue) where.push(`f.target_date <> '' AND f.target_date < @today AND f.status IN ('direncanakan', 'berjalan')`);
  const select = `SELECT f.id, f.action, f.owner_unit, f.target_date, f.status, f.learning_id, l.topic, l.priority, l.responsible_unit,
      l.dimensions, f.trip_id, t.title AS trip_title, t.start_date, t.end_date ${base.from}`;
  const dated = db
    .prepare(`${select} WHERE ${[...where, `f.target_date <> ''`].join(' AND ')} ORDER BY f.target_date LIMIT ${input.limit}`)
    .all(params) as TrackerDbRow[];
  const undated =
    dated.length < input.limit && !input.overdue
      ? (db
          .prepare(`${select} WHERE ${[...where, `f.target_date = ''`].join(' AND ')} ORDER BY f.created_at LIMIT ${input.limit - dated.length}`)
          .all(params) as TrackerDbRow[])
      : [];
  const rows = [...dated, ...undated];
  return {
    rows: rows.map(
      (r): TrackerRow => ({
        id: r.id,
        action: r.action,
        ownerUnit: r.owner_unit,
        targetDate: r.target_date,
        status: r.status,
        overdue: isOverdue({ targetDate: r.target_date, status: r.status }, input.today),
        learningId: r.learning_id,
        topic: r.topic,
        priority: r.priority,
        responsibleUnit: r.responsible_unit,
        dimensions: parseList<Dimension>(r.dimensions),
        tripId: r.trip_id,
        tripTitle: r.trip_title,
        tripStartDate: r.start_date,
        tripEndDate: r.end_date,
      }),
    ),
    total,
    counts,
    overdueCount,
  };
}
