import {
  followupCreateSchema,
  followupSetStatusSchema,
  followupUpdateSchema,
  learningCreateSchema,
  learningReorderSchema,
  learningUpdateSchema,
  trackerSchema,
  type Followup,
  type FollowupHistoryEntry,
  type Learning,
  type Tracker,
} from './schemas';
import { byIdSchema, byTripSchema } from '../common';
import { entityOps, op, row } from '../op';

/** The learnings (hasil kunjungan) and follow-up (tindak lanjut) operations. */
export const learningsOps = {
  /**
   * `learnings.list`: the trip's learnings in order, each with its follow-ups and their history. `learnings.remove`
   * marks the learning and its follow-ups deleted; `learnings.restore` brings back exactly those.
   */
  ...entityOps(
    'learnings',
    row<Learning>(),
    { list: byTripSchema, create: learningCreateSchema, update: learningUpdateSchema, reorder: learningReorderSchema },
    'remove',
    'restore',
  ),
  ...entityOps('followups', row<Followup>(), { create: followupCreateSchema, update: followupUpdateSchema }, 'remove', 'restore'),
  /** Changes the status and appends a history row, in one transaction. */
  'followups.setStatus': op<typeof followupSetStatusSchema, Followup>(followupSetStatusSchema),
  'followups.history': op<typeof byIdSchema, FollowupHistoryEntry[]>(byIdSchema),
  /** Follow-ups across all live trips, filtered. */
  'followups.tracker': op<typeof trackerSchema, Tracker>(trackerSchema),
};
