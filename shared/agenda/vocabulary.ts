/* Agenda items. Codes are stored in the database: never rename one without a migration. */

export const AGENDA_KINDS = ['travel', 'welcome', 'presentation', 'discussion', 'site_visit', 'meal', 'break', 'other'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const AGENDA_KIND_LABELS = {
  travel: 'Perjalanan',
  welcome: 'Penyambutan',
  presentation: 'Paparan',
  discussion: 'Diskusi',
  site_visit: 'Kunjungan Lapangan',
  meal: 'Jamuan',
  break: 'Istirahat',
  other: 'Lainnya',
} as const satisfies Record<AgendaKind, string>;

/** An item's kind when none is given. */
export const DEFAULT_AGENDA_KIND = 'other' satisfies AgendaKind;
/** The kind of the welcome by the hosts (the press release's event). */
export const WELCOME_KIND = 'welcome' satisfies AgendaKind;

/** A journey: from one place to another, the only kind that may end in another time zone. */
export const isTravelKind = (k: AgendaKind): boolean => k === 'travel';

/** Kinds nobody signs in for: the journeys and the breaks (a jamuan with the host is an official event). */
export const NO_ATTENDANCE_KINDS = ['travel', 'break'] as const satisfies readonly AgendaKind[];
export const takesAttendance = (k: AgendaKind): boolean => !(NO_ATTENDANCE_KINDS as readonly AgendaKind[]).includes(k);

/** Who attends an item: the whole delegation, or the chosen members. */
export const ATTENDANCE = ['all', 'chosen'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS = {
  all: 'Seluruh rombongan',
  chosen: 'Peserta terpilih',
} as const satisfies Record<Attendance, string>;
