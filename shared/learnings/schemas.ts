import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import {
  CLOSED_STATUSES,
  DEFAULT_PRIORITY,
  DIMENSIONS,
  FOLLOWUP_STATUSES,
  INITIAL_FOLLOWUP_STATUS,
  PRIORITIES,
  SPBE_DOMAINS,
  isOpenStatus,
  type Dimension,
  type FollowupStatus,
  type Priority,
  type SpbeDomain,
} from '../vocabulary';
import { idSchema, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';

export { CLOSED_STATUSES, DIMENSIONS, FOLLOWUP_STATUSES, PRIORITIES, SPBE_DOMAINS, type Dimension, type FollowupStatus, type Priority, type SpbeDomain };

const isoDate = z.string({ error: 'validation.required' }).refine(isRealIsoDate, { error: 'validation.invalidDate' });
const optionalDate = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .refine((s) => s === '' || isRealIsoDate(s), { error: 'validation.invalidDate' })
  .default('');

/**
 * Overdue: a target date before today (the user's local calendar date) and
 * still open. Dates compare as YYYY-MM-DD strings.
 */
export function isOverdue(f: { targetDate: string; status: FollowupStatus }, today: string): boolean {
  return f.targetDate !== '' && f.targetDate < today && isOpenStatus(f.status);
}

const figureSchema = z.strictObject({
  label: requiredText(200),
  value: requiredText(200),
});
export type Figure = z.output<typeof figureSchema>;

const learningFields = {
  topic: requiredText(300),
  /** Ids of agenda items the learning came from (live items of the same trip; the service checks). */
  agendaItemIds: z.array(idSchema).max(100, { error: 'validation.tooMany' }).default([]),
  hostPractice: text(20_000),
  figures: z.array(figureSchema).max(50, { error: 'validation.tooMany' }).default([]),
  applicability: text(20_000),
  recommendation: text(20_000),
  dimensions: z.array(z.enum(DIMENSIONS, { error: 'validation.invalidChoice' })).max(6).default([]),
  spbeDomains: z.array(z.enum(SPBE_DOMAINS, { error: 'validation.invalidChoice' })).max(4).default([]),
  responsibleUnit: text(300),
  priority: z.enum(PRIORITIES, { error: 'validation.invalidChoice' }).default(DEFAULT_PRIORITY),
};

export const learningCreateSchema = z.strictObject({ tripId: idSchema, ...learningFields });
export type LearningCreateInput = z.input<typeof learningCreateSchema>;
export const learningUpdateSchema = updateSchemaOf(patchOf(learningFields));
export const learningReorderSchema = z.strictObject({
  tripId: idSchema,
  /** Every live learning id of the trip, in the wanted order. */
  learningIds: z.array(idSchema).max(5000),
});

const followupFields = {
  action: requiredText(2000),
  ownerUnit: text(300),
  targetDate: optionalDate,
  evidence: text(20_000),
};
export const followupCreateSchema = z.strictObject({
  learningId: idSchema,
  ...followupFields,
  status: z.enum(FOLLOWUP_STATUSES, { error: 'validation.invalidChoice' }).default(INITIAL_FOLLOWUP_STATUS),
});
export type FollowupCreateInput = z.input<typeof followupCreateSchema>;
export const followupUpdateSchema = updateSchemaOf(patchOf(followupFields));
export const followupSetStatusSchema = z.strictObject({
  id: idSchema,
  status: z.enum(FOLLOWUP_STATUSES, { error: 'validation.invalidChoice' }),
  note: text(2000),
});

export const trackerSchema = z.strictObject({
  status: z.enum(FOLLOWUP_STATUSES, { error: 'validation.invalidChoice' }).optional(),
  dimension: z.enum(DIMENSIONS, { error: 'validation.invalidChoice' }).optional(),
  /** Matches the follow-up's owner unit or the learning's responsible unit (contains, any case). */
  unit: z.string().trim().max(300).optional(),
  overdue: z.boolean().optional(),
  /** The renderer's local date: "overdue" is judged against it, never the server's zone. */
  today: isoDate,
  query: z.string().trim().max(300).optional(),
  limit: z.number().int().min(1).max(2000).default(500),
});

export interface FollowupHistoryEntry {
  id: string;
  followupId: string;
  /** '' for the entry written when the follow-up was created. */
  fromStatus: FollowupStatus | '';
  toStatus: FollowupStatus;
  note: string;
  at: number;
}

export interface Followup extends Stamped {
  learningId: string;
  tripId: string;
  action: string;
  ownerUnit: string;
  targetDate: string;
  status: FollowupStatus;
  evidence: string;
  /** Oldest first. */
  history: FollowupHistoryEntry[];
}

export interface Learning extends Stamped {
  tripId: string;
  topic: string;
  agendaItemIds: string[];
  hostPractice: string;
  figures: Figure[];
  applicability: string;
  recommendation: string;
  dimensions: Dimension[];
  spbeDomains: SpbeDomain[];
  responsibleUnit: string;
  priority: Priority;
  position: number;
  followups: Followup[];
}

export interface TrackerRow {
  id: string;
  action: string;
  ownerUnit: string;
  targetDate: string;
  status: FollowupStatus;
  overdue: boolean;
  learningId: string;
  topic: string;
  priority: Priority;
  responsibleUnit: string;
  dimensions: Dimension[];
  tripId: string;
  tripTitle: string;
  tripStartDate: string;
  tripEndDate: string;
}

export interface Tracker {
  rows: TrackerRow[];
  /** Rows matching the filters (rows holds at most `limit`). */
  total: number;
  /** Per status, over every filter except the status one. */
  counts: Record<FollowupStatus, number>;
  /** Open and late, over every filter except status and overdue. */
  overdueCount: number;
}
