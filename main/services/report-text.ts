import type { z } from 'zod';
import type { ReportText, reportTextUpdateSchema } from '../../shared/domain/documents';
import { preparedPer, type Store } from '../db/store';
import { liveTripRow, stripUndefined } from './trips';

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
  updated_at: number;
}

function prepare(db: Store['db']) {
  return {
    get: db.prepare(`SELECT * FROM trip_reports WHERE id = ? AND deleted_at IS NULL`),
    upsert: db.prepare(
      `INSERT INTO trip_reports (id, conclusion, suggestions, closing, spt_tasks, acknowledge, press_headline, press_contact, created_at, updated_at)
       VALUES (@tripId, @conclusion, @suggestions, @closing, @sptTasks, @acknowledge, @pressHeadline, @pressContact, @now, @now)
       ON CONFLICT (id) DO UPDATE SET conclusion = excluded.conclusion, suggestions = excluded.suggestions, closing = excluded.closing,
         spt_tasks = excluded.spt_tasks, acknowledge = excluded.acknowledge, press_headline = excluded.press_headline,
         press_contact = excluded.press_contact, deleted_at = NULL, updated_at = excluded.updated_at`,
    ),
  };
}
const stmts = preparedPer(prepare);


/** The texts as stored, or the defaults ('' everywhere, acknowledge on); no trip check. */
export function readReportText(store: Store, tripId: string): ReportText {
  const r = stmts(store.db).get.get(tripId) as ReportDbRow | undefined;
  if (!r) {
    return { tripId, conclusion: '', suggestions: '', closing: '', sptTasks: '', acknowledge: true, pressHeadline: '', pressContact: '', updatedAt: 0 };
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
    updatedAt: r.updated_at,
  };
}

export function getReportText(store: Store, tripId: string): ReportText {
  liveTripRow(store, tripId, 'tripId');
  return readReportText(store, tripId);
}

export function updateReportText(store: Store, { tripId, patch }: In<typeof reportTextUpdateSchema>): ReportText {
  return store.write(() => {
    liveTripRow(store, tripId, 'tripId');
    const next = { ...readReportText(store, tripId), ...stripUndefined(patch) };
    stmts(store.db).upsert.run({ ...next, acknowledge: next.acknowledge ? 1 : 0, now: store.now() });
    return readReportText(store, tripId);
  });
}
