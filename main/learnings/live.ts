import type { Followup, Learning } from '../../shared/learnings/schemas';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';
import { liveTripRow } from '../trips';
import { toFollowup, toHistory, toLearning, type FollowupRow, type HistoryRow, type LearningRow } from './rows';
import { stmts } from './statements';

/* The live rows the writes act on (or NOT_FOUND), and each as the answer returns it. */

export const learningNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Learning ${id} does not exist or was deleted`, { field: 'id', key: 'learnings.errors.learningNotFound' });
export const followupNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Follow-up ${id} does not exist or was deleted`, { field: 'id', key: 'learnings.errors.followupNotFound' });

export function liveLearning(store: Store, id: string, field = 'id'): LearningRow {
  const row = stmts(store.db).lGet.get(id) as LearningRow | undefined;
  if (!row || row.deleted_at !== null) {
    const e = learningNotFound(id);
    throw new AppError(e.code, e.message, { field, key: e.key });
  }
  liveTripRow(store, row.trip_id);
  return row;
}

export function liveFollowup(store: Store, id: string): FollowupRow {
  const row = stmts(store.db).fGet.get(id) as FollowupRow | undefined;
  if (!row || row.deleted_at !== null) throw followupNotFound(id);
  liveLearning(store, row.learning_id);
  return row;
}

export function followupOut(store: Store, row: FollowupRow): Followup {
  return toFollowup(row, (stmts(store.db).hByFollowup.all(row.id) as HistoryRow[]).map(toHistory));
}

export function learningOut(store: Store, row: LearningRow): Learning {
  const fs = stmts(store.db).fByLearning.all(row.id) as FollowupRow[];
  return toLearning(
    row,
    fs.map((f) => followupOut(store, f)),
  );
}
