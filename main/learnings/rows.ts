import type { Dimension, Figure, Followup, FollowupHistoryEntry, FollowupStatus, Learning, Priority, SpbeDomain } from '../../shared/learnings/schemas';

/* The learnings' SQL rows and their mapping to the domain. */

export interface LearningRow {
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

export interface FollowupRow {
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

export interface HistoryRow {
  id: string;
  followup_id: string;
  from_status: FollowupStatus | '';
  to_status: FollowupStatus;
  note: string;
  at: number;
}

export const L_COLS = `id, trip_id, topic, agenda_item_ids, host_practice, figures, applicability, recommendation, dimensions,
  spbe_domains, responsible_unit, priority, position, created_at, updated_at, deleted_at`;
export const F_COLS = `id, learning_id, trip_id, action, owner_unit, target_date, status, evidence, created_at, updated_at, deleted_at`;
export const H_COLS = `id, followup_id, from_status, to_status, note, at`;

export const parseList = <T>(json: string): T[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};

export const toHistory = (r: HistoryRow): FollowupHistoryEntry => ({
  id: r.id,
  followupId: r.followup_id,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  note: r.note,
  at: r.at,
});

export const toFollowup = (r: FollowupRow, history: FollowupHistoryEntry[]): Followup => ({
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

export const toLearning = (r: LearningRow, followups: Followup[]): Learning => ({
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
