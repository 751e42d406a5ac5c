import type { DateResources } from './i18n-date.id';

/** The date and time fields (components/date), English. */
const dateEn: DateResources = {
  openCalendar: 'Open calendar',
  openCalendarFor: 'Open calendar for {{label}}',
  calendar: 'Calendar',
  calendarFor: 'Calendar for {{label}}',
  letters: { day: 'd', month: 'm', year: 'y' },
  timePlaceholder: 'hh:mm',
  timePlaceholder12: 'h:mm AM',
  wrongDay: '{{date}} is a {{actual}}, not a {{given}}.',
  failures: {
    unrecognised: 'Not read as a date. Write it like {{example}}.',
    noSuchDate: 'That date is not on the calendar.',
    yearOutOfRange: 'The year must be between 1900 and 2100.',
  },
  timeFailures: {
    unrecognised: 'Not read as a time. Write it like {{example}}.',
    noSuchTime: 'That time does not exist.',
  },
};

export default dateEn;
