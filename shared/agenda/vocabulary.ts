/* Agenda items. Codes are stored in the database: never rename one without a migration. */
import { defineVocabulary, inSubset } from '../codes';

export const [AGENDA_KINDS, AGENDA_KIND_LABELS] = defineVocabulary(
  ['travel', 'welcome', 'presentation', 'discussion', 'site_visit', 'meal', 'break', 'other'],
  { travel: 'Perjalanan', welcome: 'Penyambutan', presentation: 'Paparan', discussion: 'Diskusi', site_visit: 'Kunjungan Lapangan', meal: 'Jamuan', break: 'Istirahat', other: 'Lainnya' },
);
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** An item's kind when none is given. */
export const DEFAULT_AGENDA_KIND = 'other' satisfies AgendaKind;
/** The kind of the welcome by the hosts (the press release's event). */
export const WELCOME_KIND = 'welcome' satisfies AgendaKind;

/** A journey: from one place to another, the only kind that may end in another time zone. */
export const isTravelKind = (k: AgendaKind): boolean => k === 'travel';

/** Kinds nobody signs in for: the journeys and the breaks (a jamuan with the host is an official event). */
export const NO_ATTENDANCE_KINDS = ['travel', 'break'] as const satisfies readonly AgendaKind[];
const isNoAttendanceKind = inSubset<AgendaKind>(NO_ATTENDANCE_KINDS);
export const takesAttendance = (k: AgendaKind): boolean => !isNoAttendanceKind(k);

/** Who attends an item: the whole delegation, or the chosen members. */
export const [ATTENDANCE, ATTENDANCE_LABELS] = defineVocabulary(['all', 'chosen'], { all: 'Seluruh rombongan', chosen: 'Peserta terpilih' });
export type Attendance = (typeof ATTENDANCE)[number];
