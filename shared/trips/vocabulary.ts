/* Trip statuses. Codes are stored in the database: never rename one without a migration. */
import { defineVocabulary, inSubset } from '../codes';

export const [TRIP_STATUSES, TRIP_STATUS_LABELS] = defineVocabulary(
  ['planned', 'preparing', 'ongoing', 'done', 'reported'],
  { planned: 'Rencana', preparing: 'Persiapan', ongoing: 'Berlangsung', done: 'Selesai', reported: 'Dilaporkan' },
);
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** A new trip's status (and a duplicated one's). */
export const INITIAL_TRIP_STATUS = 'planned' satisfies TripStatus;

/** The trip is reported: its people stay as its documents printed them (no refresh from the directory). */
export const isReportedStatus = (s: TripStatus): boolean => s === 'reported';

/** Statuses of a trip that has started: it keeps what its documents printed even when a person is erased. */
export const UNDER_WAY_STATUSES = ['ongoing', 'done', 'reported'] as const satisfies readonly TripStatus[];
export const isUnderWayStatus = inSubset<TripStatus>(UNDER_WAY_STATUSES);
