/* Learnings and their follow-ups. Codes are stored in the database: never rename one without a migration. */

/** Smart-city dimensions (Gerakan Menuju 100 Smart City). */
export const DIMENSIONS = ['governance', 'branding', 'economy', 'living', 'society', 'environment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS = {
  governance: 'Smart Governance',
  branding: 'Smart Branding',
  economy: 'Smart Economy',
  living: 'Smart Living',
  society: 'Smart Society',
  environment: 'Smart Environment',
} as const satisfies Record<Dimension, string>;

/** SPBE domains (Perpres 95/2018). */
export const SPBE_DOMAINS = ['policy', 'governance', 'management', 'services'] as const;
export type SpbeDomain = (typeof SPBE_DOMAINS)[number];
export const SPBE_DOMAIN_LABELS = {
  policy: 'Kebijakan Internal SPBE',
  governance: 'Tata Kelola SPBE',
  management: 'Manajemen SPBE',
  services: 'Layanan SPBE',
} as const satisfies Record<SpbeDomain, string>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS = {
  high: 'Tinggi',
  medium: 'Sedang',
  low: 'Rendah',
} as const satisfies Record<Priority, string>;
export const DEFAULT_PRIORITY = 'medium' satisfies Priority;

export const FOLLOWUP_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_STATUS_LABELS = {
  planned: 'Direncanakan',
  in_progress: 'Berjalan',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
} as const satisfies Record<FollowupStatus, string>;
/** A new follow-up's status. */
export const INITIAL_FOLLOWUP_STATUS = 'planned' satisfies FollowupStatus;

/** Statuses of a follow-up still to be done: it can be late. */
export const OPEN_STATUSES = ['planned', 'in_progress'] as const satisfies readonly FollowupStatus[];
/** Statuses after which a follow-up can no longer be late. */
export const CLOSED_STATUSES = ['done', 'cancelled'] as const satisfies readonly FollowupStatus[];
export const isOpenStatus = (s: FollowupStatus): boolean => (OPEN_STATUSES as readonly FollowupStatus[]).includes(s);
export const isClosedStatus = (s: FollowupStatus): boolean => (CLOSED_STATUSES as readonly FollowupStatus[]).includes(s);
