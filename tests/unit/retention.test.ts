import { describe, expect, it } from 'vitest';
import { addHours, subDays, subHours } from 'date-fns';
import { backupsToDelete, DEFAULT_RETENTION, type BackupEntry } from '../../main/db/retention';

const now = new Date(2026, 10, 23, 12, 0, 0);
const entry = (takenAt: Date): BackupEntry => ({ name: takenAt.toISOString(), takenAt });

describe('backup retention', () => {
  it('keeps everything while there are few backups', () => {
    const list = [0, 4, 8].map((h) => entry(subHours(now, h)));
    expect(backupsToDelete(list, now)).toEqual([]);
  });

  it('keeps the newest N and then one per day for a week', () => {
    // Every 4 hours for 10 days: 60 backups.
    const list = Array.from({ length: 60 }, (_, i) => entry(subHours(now, i * 4)));
    const deleted = backupsToDelete(list, now, { keepLast: 5, daily: 7, weekly: 0, monthly: 0 });
    const kept = list.filter((b) => !deleted.includes(b));
    // The 5 newest are 12:00, 08:00, 04:00, 00:00 today and 20:00 yesterday, which are
    // also the newest of today and of yesterday; 5 more days add one each.
    const days = new Set(kept.map((b) => b.takenAt.toDateString()));
    expect(days.size).toBe(7);
    expect(kept.length).toBe(5 + 5);
    for (let i = 0; i < 5; i++) expect(kept).toContain(list[i]);
    // Nothing older than the daily window survives.
    expect(kept.every((b) => b.takenAt > subDays(now, 7))).toBe(true);
  });

  it('thins a year of daily backups to days, weeks and months', () => {
    const list = Array.from({ length: 365 }, (_, i) => entry(subDays(now, i)));
    const deleted = backupsToDelete(list, now, DEFAULT_RETENTION);
    const kept = list.filter((b) => !deleted.includes(b));
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(5 + 7 + 4 + 12);
    // The oldest kept one is about a year old, the newest is now.
    expect(kept[0]).toBe(list[0]);
    expect(kept.some((b) => b.takenAt < subDays(now, 300))).toBe(true);
  });

  it('never deletes a backup dated in the future (a wrong clock)', () => {
    const future = entry(addHours(now, 30));
    const list = [future, ...Array.from({ length: 20 }, (_, i) => entry(subHours(now, i)))];
    expect(backupsToDelete(list, now)).not.toContain(future);
  });

  it('is pure: does not reorder or change its input', () => {
    const list = Array.from({ length: 30 }, (_, i) => entry(subDays(now, 29 - i)));
    const copy = [...list];
    backupsToDelete(list, now);
    expect(list).toEqual(copy);
  });
});
