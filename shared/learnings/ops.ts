import { z } from 'zod';
import { idSchema } from '../common';
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
import { op, type Removed } from '../op';

const byId = z.strictObject({ id: idSchema });
const byTrip = z.strictObject({ tripId: idSchema });

/** The learnings (hasil kunjungan) and follow-up (tindak lanjut) operations. */
export const learningsOps = {
  /** The trip's learnings in order, each with its follow-ups and their history. */
  'learnings.list': op<typeof byTrip, Learning[]>(byTrip),
  'learnings.create': op<typeof learningCreateSchema, Learning>(learningCreateSchema),
  'learnings.update': op<typeof learningUpdateSchema, Learning>(learningUpdateSchema),
  /** Marks the learning and its follow-ups deleted; `learnings.restore` brings back exactly those. */
  'learnings.remove': op<typeof byId, Removed>(byId),
  'learnings.restore': op<typeof byId, Learning>(byId),
  'learnings.reorder': op<typeof learningReorderSchema, Learning[]>(learningReorderSchema),
  'followups.create': op<typeof followupCreateSchema, Followup>(followupCreateSchema),
  'followups.update': op<typeof followupUpdateSchema, Followup>(followupUpdateSchema),
  'followups.remove': op<typeof byId, Removed>(byId),
  'followups.restore': op<typeof byId, Followup>(byId),
  /** Changes the status and appends a history row, in one transaction. */
  'followups.setStatus': op<typeof followupSetStatusSchema, Followup>(followupSetStatusSchema),
  'followups.history': op<typeof byId, FollowupHistoryEntry[]>(byId),
  /** Follow-ups across all live trips, filtered. */
  'followups.tracker': op<typeof trackerSchema, Tracker>(trackerSchema),
};
