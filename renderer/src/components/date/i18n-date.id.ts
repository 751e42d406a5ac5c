/** The date and time fields (components/date), Indonesian. */
const dateId = {
  openCalendar: 'Buka kalender',
  openCalendarFor: 'Buka kalender {{label}}',
  calendar: 'Kalender',
  calendarFor: 'Kalender {{label}}',
  /** The letters of a date's parts in the placeholder ("hh/bb/tttt"). */
  letters: { day: 'h', month: 'b', year: 't' },
  timePlaceholder: 'jj.mm',
  timePlaceholder12: 'j:mm AM',
  wrongDay: '{{date}} jatuh pada hari {{actual}}, bukan {{given}}.',
  failures: {
    unrecognised: 'Tidak terbaca sebagai tanggal. Tulis seperti {{example}}.',
    noSuchDate: 'Tanggal itu tidak ada di kalender.',
    yearOutOfRange: 'Tahun harus antara 1900 dan 2100.',
  },
  timeFailures: {
    unrecognised: 'Tidak terbaca sebagai jam. Tulis seperti {{example}}.',
    noSuchTime: 'Jam itu tidak ada.',
  },
};

export default dateId;
export type DateResources = typeof dateId;
