import { format } from 'date-fns';

/** Today's calendar date where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
