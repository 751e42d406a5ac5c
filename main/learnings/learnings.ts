import type { z } from 'zod';
import type {
  Followup,
  FollowupHistoryEntry,
  Learning,
  learningCreateSchema,
  learningReorderSchema,
  learningUpdateSchema,
} from '../../shared/learnings/schemas';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';
import { inLiveTrip, liveTripRow } from '../trips';
import { checkFullOrder, removeRow, restoreRow, stripUndefined } from '../db/rows';
import { learningNotFound, learningOut, liveLearning } from './live';
import { toFollowup, toHistory, toLearning, type FollowupRow, type HistoryRow, type LearningRow } from './rows';
import { stmts } from './statements';
import { checkVersion } from '../db/versions';

type In<S extends z.ZodType> = z.output<S>;

/*
 * A trip's learnings. Removing a learning marks it and its live follow-ups
 * with one timestamp; restoring brings back exactly those.
 */

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

export function updateLearning(store: Store, { id, patch, expectedUpdatedAt }: In<typeof learningUpdateSchema>): Learning {
  return store.write(() => {
    checkVersion(store, 'learnings', id, expectedUpdatedAt);
    const row = liveLearning(store, id);
    // Only a sent list is checked: a stored id whose agenda item was removed later stays as it is.
    if (patch.agendaItemIds !== undefined) checkAgendaItems(store, row.trip_id, patch.agendaItemIds);
    const current = toLearning(row, []);
    const next = { ...current, ...stripUndefined(patch) };
    stmts(store.db).lUpdate.run(bindLearning(next, store.now()));
    return learningOut(store, stmts(store.db).lGet.get(id) as LearningRow);
  });
}

/** Marks the learning and its live follow-ups deleted with one stamp; `restoreLearning` brings back exactly those. */
export function removeLearning(store: Store, id: string): { id: string } {
  const s = stmts(store.db);
  return removeRow(store, id, liveLearning, (now) => {
    s.fDeleteOfLearning.run(now, now, id);
    s.lDelete.run(now, now, id);
  });
}

export function restoreLearning(store: Store, id: string): Learning {
  const s = stmts(store.db);
  const load = () => {
    const row = s.lGet.get(id) as LearningRow | undefined;
    if (!row) throw learningNotFound(id);
    return inLiveTrip(store, row);
  };
  const revive = (now: number, row: LearningRow) => {
    s.fRestoreOfLearning.run(now, id, row.deleted_at);
    s.lRestore.run(now, id);
  };
  return restoreRow(store, load, revive, () => learningOut(store, s.lGet.get(id) as LearningRow));
}

export function reorderLearnings(store: Store, { tripId, learningIds }: In<typeof learningReorderSchema>): Learning[] {
  return store.write(() => {
    liveTripRow(store, tripId);
    const s = stmts(store.db);
    const live = (s.lByTrip.all(tripId) as LearningRow[]).map((r) => r.id);
    checkFullOrder(live, learningIds, { field: 'learningIds', key: 'learnings.errors.reorderMismatch', noun: 'learning' });
    const now = store.now();
    learningIds.forEach((lid, i) => s.lPosition.run(i + 1, now, lid));
    return listLearnings(store, tripId);
  });
}
