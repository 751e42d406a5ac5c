import { localIsoDate } from '../../../shared/dates';

/** Today's calendar date where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return localIsoDate(now);
}
