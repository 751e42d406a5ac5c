/* Trip statuses. Codes are stored in the database: never rename one without a migration. */

export const TRIP_STATUSES = ['planned', 'preparing', 'ongoing', 'done', 'reported'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const TRIP_STATUS_LABELS = {
  planned: 'Rencana',
  preparing: 'Persiapan',
  ongoing: 'Berlangsung',
  done: 'Selesai',
  reported: 'Dilaporkan',
} as const satisfies Record<TripStatus, string>;

/** A new trip's status (and a duplicated one's). */
export const INITIAL_TRIP_STATUS = 'planned' satisfies TripStatus;

/** The trip is reported: its people stay as its documents printed them (no refresh from the directory). */
export const isReportedStatus = (s: TripStatus): boolean => s === 'reported';

/** Statuses of a trip that has started: it keeps what its documents printed even when a person is erased. */
export const UNDER_WAY_STATUSES = ['ongoing', 'done', 'reported'] as const satisfies readonly TripStatus[];
export const isUnderWayStatus = (s: TripStatus): boolean => (UNDER_WAY_STATUSES as readonly TripStatus[]).includes(s);
