import type { z } from 'zod';
import {
  NUMBERED_KINDS,
  type IssuedNumber,
  type numberClearSchema,
  type NumberedKind,
  type numberIssueSchema,
  type TripNumbers,
} from '../../shared/domain/documents';
import { isRealIsoDate } from '../../shared/dates';
import { formatNumber } from '../../shared/numbering';
import { preparedPer, type Store } from '../db/store';
import { profileNumbering } from './profile';
import { localToday } from './today';
import { liveTripRow } from './trips';

/*
 * The register of numbers issued to a trip's documents (report, SPT, letter
 * to the host). The running number restarts each year per kind and never
 * goes back: a cleared number stays in the register (marked deleted) and
 * still counts, so the next one issued is new. Every write is one
 * `store.write`.
 */

type In<S extends z.ZodType> = z.output<S>;

interface NumberDbRow {
  id: string;
  trip_id: string;
  kind: NumberedKind;
  year: number;
  seq: number;
  number: string;
  issued_on: string;
  deleted_at: number | null;
}

const toIssued = (r: NumberDbRow): IssuedNumber => ({
  id: r.id,
  tripId: r.trip_id,
  kind: r.kind,
  number: r.number,
  seq: r.seq,
  year: r.year,
  issuedOn: r.issued_on,
});

function prepare(db: Store['db']) {
  return {
    live: db.prepare(`SELECT * FROM doc_numbers WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    liveOfKind: db.prepare(`SELECT * FROM doc_numbers WHERE trip_id = ? AND kind = ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`),
    /** Over every row, deleted ones included: a number is never reused. */
    maxSeq: db.prepare(`SELECT coalesce(max(seq), 0) FROM doc_numbers WHERE kind = ? AND year = ?`).pluck(),
    insert: db.prepare(
      `INSERT INTO doc_numbers (id, trip_id, kind, year, seq, number, issued_on, created_at, updated_at)
       VALUES (@id, @tripId, @kind, @year, @seq, @number, @issuedOn, @now, @now)`,
    ),
    mark: db.prepare(`UPDATE doc_numbers SET deleted_at = @now, updated_at = @now WHERE trip_id = @tripId AND kind = @kind AND deleted_at IS NULL`),
  };
}
const stmts = preparedPer(prepare);


/** The next running number of `kind` in `year`. */
function nextSeq(store: Store, kind: NumberedKind, year: number): number {
  return (stmts(store.db).maxSeq.get(kind, year) as number) + 1;
}

/** The numbers a trip's documents carry (no trip check). */
export function issuedNumbers(store: Store, tripId: string): Partial<Record<NumberedKind, IssuedNumber>> {
  const issued: Partial<Record<NumberedKind, IssuedNumber>> = {};
  for (const r of stmts(store.db).live.all(tripId) as NumberDbRow[]) issued[r.kind] ??= toIssued(r);
  return issued;
}

/**
 * The trip's issued numbers, and per kind what the next running number would
 * be, dated on the trip's start date (or `today` when it has none).
 */
export function tripNumbers(store: Store, tripId: string, today: string = localToday(), onDate?: string): TripNumbers {
  const trip = liveTripRow(store, tripId, 'tripId');
  // Numbers are dated when issued: preview for the chosen date of issue, else the trip's start.
  const date = onDate ?? (isRealIsoDate(trip.start_date) ? trip.start_date : today);
  const year = Number(date.slice(0, 4));
  const numbering = profileNumbering(store);
  const suggested = {} as Record<NumberedKind, string>;
  for (const kind of NUMBERED_KINDS) suggested[kind] = formatNumber(numbering[kind], nextSeq(store, kind, year), date);
  return { issued: issuedNumbers(store, tripId), suggested };
}

/**
 * Records a number for the trip's document, dated `issuedOn`: the next
 * running number of that kind and year, or the number typed from the
 * office's own register (seq 0). A trip that already holds a live number of
 * that kind gets it back unchanged.
 */
export function issueNumber(store: Store, input: In<typeof numberIssueSchema>): IssuedNumber {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const s = stmts(store.db);
    const existing = s.liveOfKind.get(input.tripId, input.kind) as NumberDbRow | undefined;
    if (existing) return toIssued(existing);
    const year = Number(input.issuedOn.slice(0, 4));
    let seq = 0;
    let number = input.number;
    if (number === undefined) {
      seq = nextSeq(store, input.kind, year);
      number = formatNumber(profileNumbering(store)[input.kind], seq, input.issuedOn);
    }
    const id = store.newId();
    const row = { id, tripId: input.tripId, kind: input.kind, year, seq, number, issuedOn: input.issuedOn };
    s.insert.run({ ...row, now: store.now() });
    return { ...row };
  });
}

/** Takes the number off the trip's document; it stays in the register and is never issued again. */
export function clearNumber(store: Store, input: In<typeof numberClearSchema>): TripNumbers {
  store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    stmts(store.db).mark.run({ tripId: input.tripId, kind: input.kind, now: store.now() });
  });
  return tripNumbers(store, input.tripId);
}
