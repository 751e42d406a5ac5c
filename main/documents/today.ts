import { format } from 'date-fns';

/** The user's calendar date on this computer (YYYY-MM-DD): main runs where the user is. */
export function localToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
