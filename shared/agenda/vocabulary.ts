/* Agenda items. Codes are stored in the database: never rename one without a migration. */

export const AGENDA_KINDS = ['perjalanan', 'penyambutan', 'paparan', 'diskusi', 'kunjungan_lapangan', 'jamuan', 'istirahat', 'lainnya'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const AGENDA_KIND_LABELS = {
  perjalanan: 'Perjalanan',
  penyambutan: 'Penyambutan',
  paparan: 'Paparan',
  diskusi: 'Diskusi',
  kunjungan_lapangan: 'Kunjungan Lapangan',
  jamuan: 'Jamuan',
  istirahat: 'Istirahat',
  lainnya: 'Lainnya',
} as const satisfies Record<AgendaKind, string>;

/** An item's kind when none is given. */
export const DEFAULT_AGENDA_KIND = 'lainnya' satisfies AgendaKind;
/** The kind of the welcome by the hosts (the press release's event). */
export const WELCOME_KIND = 'penyambutan' satisfies AgendaKind;

/** A journey: from one place to another, the only kind that may end in another time zone. */
export const isTravelKind = (k: AgendaKind): boolean => k === 'perjalanan';

/** Kinds nobody signs in for: the journeys and the breaks (a jamuan with the host is an official event). */
export const NO_ATTENDANCE_KINDS = ['perjalanan', 'istirahat'] as const satisfies readonly AgendaKind[];
export const takesAttendance = (k: AgendaKind): boolean => !(NO_ATTENDANCE_KINDS as readonly AgendaKind[]).includes(k);

/** Who attends an item: the whole delegation, or the chosen members. */
export const ATTENDANCE = ['all', 'chosen'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS = {
  all: 'Seluruh rombongan',
  chosen: 'Peserta terpilih',
} as const satisfies Record<Attendance, string>;
