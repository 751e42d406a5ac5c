import type { z } from 'zod';
import type { AttendanceSplit, ReportText, reportTextUpdateSchema } from '../../shared/documents/schemas';

/** A report's optional parts before anything is saved: a cover, no lembar pengesahan, no Hambatan, attendance per day. */
export const REPORT_OPTION_DEFAULTS = { cover: true, approval: false, foreword: '', obstaclesOn: false, obstacles: '', attendanceSplit: 'day' as AttendanceSplit };
import { preparedPer, type Store } from '../db/store';
import { refuseChangedFields } from '../db/versions';
import { ofLiveTrip, writeTripRecord } from '../trips';
import { stripUndefined } from '../db/rows';

/*
 * A trip's own words for its documents (kesimpulan, saran, penutup, the SPT's
 * tasks, the press release's headline and contact): one row per trip, id =
 * the trip's id, created on the first save. '' means "use the draft".
 */

type In<S extends z.ZodType> = z.output<S>;

interface ReportDbRow {
  id: string;
  conclusion: string;
  suggestions: string;
  closing: string;
  spt_tasks: string;
  acknowledge: number;
  press_headline: string;
  press_contact: string;
  cover: number;
  approval: number;
  foreword: string;
  obstacles_on: number;
  obstacles: string;
  attendance_split: AttendanceSplit;
  updated_at: number;
}

function prepare(db: Store['db']) {
  return {
    get: db.prepare(`SELECT * FROM trip_reports WHERE id = ? AND deleted_at IS NULL`),
    upsert: db.prepare(
      `INSERT INTO trip_reports (id, conclusion, suggestions, closing, spt_tasks, acknowledge, press_headline, press_contact, cover, approval, foreword, obstacles_on, obstacles, attendance_split, created_at, updated_at)
       VALUES (@tripId, @conclusion, @suggestions, @closing, @sptTasks, @acknowledge, @pressHeadline, @pressContact, @cover, @approval, @foreword, @obstaclesOn, @obstacles, @attendanceSplit, @now, @now)
       ON CONFLICT (id) DO UPDATE SET conclusion = excluded.conclusion, suggestions = excluded.suggestions, closing = excluded.closing,
         spt_tasks = excluded.spt_tasks, acknowledge = excluded.acknowledge, press_headline = excluded.press_headline,
         press_contact = excluded.press_contact, cover = excluded.cover, approval = excluded.approval, foreword = excluded.foreword,
         obstacles_on = excluded.obstacles_on, obstacles = excluded.obstacles, attendance_split = excluded.attendance_split, deleted_at = NULL, updated_at = excluded.updated_at`,
    ),
  };
}
const stmts = preparedPer(prepare);


/** The texts as stored, or the defaults ('' everywhere, acknowledge on); no trip check. */
export function readReportText(store: Store, tripId: string): ReportText {
  const r = stmts(store.db).get.get(tripId) as ReportDbRow | undefined;
  if (!r) {
    return { tripId, conclusion: '', suggestions: '', closing: '', sptTasks: '', acknowledge: true, pressHeadline: '', pressContact: '', ...REPORT_OPTION_DEFAULTS, updatedAt: 0 };
  }
  return {
    tripId,
    conclusion: r.conclusion,
    suggestions: r.suggestions,
    closing: r.closing,
    sptTasks: r.spt_tasks,
    acknowledge: r.acknowledge === 1,
    pressHeadline: r.press_headline,
    pressContact: r.press_contact,
    cover: r.cover === 1,
    approval: r.approval === 1,
    foreword: r.foreword,
    obstaclesOn: r.obstacles_on === 1,
    obstacles: r.obstacles,
    attendanceSplit: r.attendance_split,
    updatedAt: r.updated_at,
  };
}

export function getReportText(store: Store, tripId: string): ReportText {
  return ofLiveTrip(store, tripId, readReportText);
}

export function updateReportText(store: Store, { tripId, patch, expected }: In<typeof reportTextUpdateSchema>): ReportText {
  return writeTripRecord(store, tripId, readReportText, (current) => {
    refuseChangedFields('trip_reports', tripId, current, expected);
    const next = { ...current, ...stripUndefined(patch) };
    stmts(store.db).upsert.run({ ...next, acknowledge: next.acknowledge ? 1 : 0, cover: next.cover ? 1 : 0, approval: next.approval ? 1 : 0, obstaclesOn: next.obstaclesOn ? 1 : 0, now: store.now() });
  });
}
