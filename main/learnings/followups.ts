import type { z } from 'zod';
import type {
  Followup,
  followupCreateSchema,
  FollowupHistoryEntry,
  followupSetStatusSchema,
  followupUpdateSchema,
} from '../../shared/learnings/schemas';
import type { Store } from '../db/store';
import { followupNotFound, followupOut, liveFollowup, liveLearning } from './live';
import { toHistory, type FollowupRow, type HistoryRow } from './rows';
import { stmts } from './statements';
import { checkVersion } from '../db/versions';
import { removeRow, restoreRow } from '../db/rows';

type In<S extends z.ZodType> = z.output<S>;

/* A learning's follow-ups. A status change appends a followup_history row in the same transaction. */

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

export function updateFollowup(store: Store, { id, patch, expectedUpdatedAt }: In<typeof followupUpdateSchema>): Followup {
  return store.write(() => {
    checkVersion(store, 'followups', id, expectedUpdatedAt);
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
  return removeRow(store, id, liveFollowup, (now) => stmts(store.db).fDelete.run(now, now, id));
}

export function restoreFollowup(store: Store, id: string): Followup {
  const s = stmts(store.db);
  const load = () => {
    const row = s.fGet.get(id) as FollowupRow | undefined;
    if (!row) throw followupNotFound(id);
    liveLearning(store, row.learning_id);
    return row;
  };
  return restoreRow(store, load, (now) => s.fRestore.run(now, id), () => followupOut(store, s.fGet.get(id) as FollowupRow));
}
