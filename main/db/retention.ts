import { differenceInCalendarDays, startOfDay, startOfISOWeek, startOfMonth } from 'date-fns';

export interface BackupEntry {
  name: string;
  takenAt: Date;
}

export interface RetentionPolicy {
  /** The newest N are always kept. */
  keepLast: number;
  /** One per day for this many days. */
  daily: number;
  /** One per ISO week for this many weeks. */
  weekly: number;
  /** One per month for this many months. */
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 5, daily: 7, weekly: 4, monthly: 12 };

/**
 * Which automatic backups to delete. Pure: the caller lists the folder and
 * deletes. In each bucket (day, week, month) the newest backup is kept.
 * Backups dated in the future (a wrong clock) are kept, never judged.
 */
export function backupsToDelete(
  backups: readonly BackupEntry[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): BackupEntry[] {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<BackupEntry>();
  sorted.slice(0, policy.keepLast).forEach((b) => keep.add(b));
  const buckets: Array<{ key: (d: Date) => number; limitDays: number }> = [
    { key: (d) => startOfDay(d).getTime(), limitDays: policy.daily },
    { key: (d) => startOfISOWeek(d).getTime(), limitDays: policy.weekly * 7 },
    { key: (d) => startOfMonth(d).getTime(), limitDays: policy.monthly * 31 },
  ];
  for (const { key, limitDays } of buckets) {
    const seen = new Set<number>();
    for (const b of sorted) {
      const age = differenceInCalendarDays(now, b.takenAt);
      if (age < 0) {
        keep.add(b);
        continue;
      }
      if (age >= limitDays) continue;
      const k = key(b.takenAt);
      if (!seen.has(k)) {
        seen.add(k);
        keep.add(b);
      }
    }
  }
  return sorted.filter((b) => !keep.has(b));
}
