/* Learnings and their follow-ups. Codes are stored in the database: never rename one without a migration. */
import { defineVocabulary, inSubset } from '../codes';

/** Smart-city dimensions (Gerakan Menuju 100 Smart City). */
export const [DIMENSIONS, DIMENSION_LABELS] = defineVocabulary(
  ['governance', 'branding', 'economy', 'living', 'society', 'environment'],
  { governance: 'Smart Governance', branding: 'Smart Branding', economy: 'Smart Economy', living: 'Smart Living', society: 'Smart Society', environment: 'Smart Environment' },
);
export type Dimension = (typeof DIMENSIONS)[number];

/** SPBE domains (Perpres 95/2018). */
export const [SPBE_DOMAINS, SPBE_DOMAIN_LABELS] = defineVocabulary(
  ['policy', 'governance', 'management', 'services'],
  { policy: 'Kebijakan Internal SPBE', governance: 'Tata Kelola SPBE', management: 'Manajemen SPBE', services: 'Layanan SPBE' },
);
export type SpbeDomain = (typeof SPBE_DOMAINS)[number];

export const [PRIORITIES, PRIORITY_LABELS] = defineVocabulary(['high', 'medium', 'low'], { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' });
export type Priority = (typeof PRIORITIES)[number];
export const DEFAULT_PRIORITY = 'medium' satisfies Priority;

export const [FOLLOWUP_STATUSES, FOLLOWUP_STATUS_LABELS] = defineVocabulary(
  ['planned', 'in_progress', 'done', 'cancelled'],
  { planned: 'Direncanakan', in_progress: 'Berjalan', done: 'Selesai', cancelled: 'Dibatalkan' },
);
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
/** A new follow-up's status. */
export const INITIAL_FOLLOWUP_STATUS = 'planned' satisfies FollowupStatus;

/** Statuses of a follow-up still to be done: it can be late. */
export const OPEN_STATUSES = ['planned', 'in_progress'] as const satisfies readonly FollowupStatus[];
/** Statuses after which a follow-up can no longer be late. */
export const CLOSED_STATUSES = ['done', 'cancelled'] as const satisfies readonly FollowupStatus[];
export const isOpenStatus = inSubset<FollowupStatus>(OPEN_STATUSES);
export const isClosedStatus = inSubset<FollowupStatus>(CLOSED_STATUSES);
