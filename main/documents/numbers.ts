import type { z } from 'zod';
import {
  NUMBERED_KINDS,
  type IssuedNumber,
  type numberClearSchema,
  type NumberedKind,
  type numberIssueSchema,
  type TripNumbers,
} from '../../shared/documents/schemas';
import type { IssuedAs, IssuerLevel, ResolvedSigning, TripSigning } from '../../shared/documents/issuers';
import { isRealIsoDate } from '../../shared/dates';
import { addDays } from '../../shared/zones';
import { formatNumber } from '../../shared/documents/numbering';
import { AppError } from '../../shared/result';
import { isReportedStatus } from '../../shared/vocabulary';
import { issuerId } from '../db/ids';
import { preparedPer, type Store } from '../db/store';
import { ensureIssuer, loadIssuers } from './issuers';
import { tripSigning } from './signing';
import { localToday } from './today';
import { liveTripRow } from '../trips';

/*
 * The numbers register (agenda surat keluar): one per issuer and year. By
 * default every kind of letter of an issuer shares one running sequence, as
 * an office's register runs; an issuer may keep one sequence per kind. A
 * number never goes back: a cleared number stays in the register (marked
 * deleted) and still counts. No two documents of one register carry the same
 * number (a unique index, cleared numbers included). Each number keeps what
 * its document printed about who issued and signed it (issued_as).
 */

type In<S extends z.ZodType> = z.output<S>;

interface NumberDbRow {
  id: string;
  trip_id: string;
  kind: NumberedKind;
  issuer_id: string;
  year: number;
  seq: number;
  number: string;
  issued_on: string;
  issued_as: string;
  clash_of: string | null;
  deleted_at: number | null;
}

const toIssued = (r: NumberDbRow): IssuedNumber => ({
  id: r.id,
  tripId: r.trip_id,
  kind: r.kind,
  issuerId: r.issuer_id,
  number: r.number,
  seq: r.seq,
  year: r.year,
  issuedOn: r.issued_on,
  clash: r.clash_of !== null,
});

function prepare(db: Store['db']) {
  return {
    live: db.prepare(`SELECT * FROM doc_numbers WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    liveOfKind: db.prepare(`SELECT * FROM doc_numbers WHERE trip_id = ? AND kind = ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`),
    /** Over every row, cleared ones included: a number is never reused. */
    maxSeq: db.prepare(`SELECT coalesce(max(seq), 0) FROM doc_numbers WHERE issuer_id = ? AND year = ?`).pluck(),
    maxSeqOfKind: db.prepare(`SELECT coalesce(max(seq), 0) FROM doc_numbers WHERE issuer_id = ? AND year = ? AND kind = ?`).pluck(),
    holder: db.prepare(
      `SELECT n.trip_id AS tripId, n.kind, t.title FROM doc_numbers n LEFT JOIN trips t ON t.id = n.trip_id
       WHERE n.issuer_id = ? AND n.number = ? AND n.clash_of IS NULL LIMIT 1`,
    ),
    insert: db.prepare(
      `INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, created_at, updated_at)
       VALUES (@id, @tripId, @kind, @issuerId, @year, @seq, @number, @issuedOn, @issuedAs, @now, @now)`,
    ),
    setIssuedAs: db.prepare(`UPDATE doc_numbers SET issued_as = @issuedAs, updated_at = @now WHERE id = @id`),
    mark: db.prepare(`UPDATE doc_numbers SET deleted_at = @now, updated_at = @now WHERE trip_id = @tripId AND kind = @kind AND deleted_at IS NULL`),
  };
}
const stmts = preparedPer(prepare);

/** The numbers a trip's documents carry (no trip check). */
export function issuedNumbers(store: Store, tripId: string): Partial<Record<NumberedKind, IssuedNumber>> {
  const issued: Partial<Record<NumberedKind, IssuedNumber>> = {};
  for (const r of stmts(store.db).live.all(tripId) as NumberDbRow[]) issued[r.kind] ??= toIssued(r);
  return issued;
}

/** What each issued number printed about its issuer and signer (no trip check). */
export function issuedAs(store: Store, tripId: string): Partial<Record<NumberedKind, IssuedAs>> {
  const out: Partial<Record<NumberedKind, IssuedAs>> = {};
  for (const r of stmts(store.db).live.all(tripId) as NumberDbRow[]) {
    if (out[r.kind]) continue;
    try {
      const v = JSON.parse(r.issued_as) as Partial<IssuedAs>;
      if (v && typeof v === 'object' && v.kop && Array.isArray(v.above)) out[r.kind] = v as IssuedAs;
    } catch {
      // '{}' or damaged: the document prints the issuer as it is now.
    }
  }
  return out;
}

/**
 * The date of issue a kind gets by default: the SPT, the non-ASN letter and
 * the letter to the host before departure (today, or the day before the
 * start when today is not earlier); the report after return (today). Never
 * in the future: the readiness check warns when it does not fit.
 */
export function defaultIssueDate(kind: NumberedKind, start: string, today: string): string {
  // The press release is dated the day it goes out (readiness warns when that is before the visit);
  // the SPPD, like the SPT it goes with, before departure.
  if (kind === 'report' || kind === 'press' || !isRealIsoDate(start)) return today;
  return today < start ? today : addDays(start, -1) < today ? addDays(start, -1) : today;
}

/**
 * Who issues a numbered document: a signed document as resolved; the press
 * release and the SPPD their Perangkat Daerah (nobody signs the release; the
 * PPK of the trip's money signs the SPPD, printed as the money says now).
 */
type Source = Pick<ResolvedSigning, 'level' | 'issuer' | 'signer' | 'above' | 'acknowledge'> & { kind: NumberedKind };

/** Kinds issued by the Perangkat Daerah whatever the trip's signing says. */
const AGENCY_KINDS: ReadonlySet<NumberedKind> = new Set(['press', 'sppd']);

/** The issuer a kind of document of the trip is numbered and issued by. */
export function sourceOf(signing: TripSigning, kind: NumberedKind): Source {
  if (kind !== 'press' && kind !== 'sppd') return signing.docs[kind];
  const issuer = signing.issuers.find((i) => i.level === 'agency');
  if (!issuer) throw new Error('issuer perangkat_daerah missing');
  return { kind, level: 'agency', issuer, signer: null, above: [], acknowledge: null };
}

/**
 * The register a document's number runs in: its issuer's, except that
 * letters of the Kepala Daerah are numbered by the Setda's register (the
 * Bagian Umum keeps the agenda of the Bupati's letters; domain.md), with the
 * Kepala Daerah's own template and unit code.
 */
export function registerOf(s: Pick<Source, 'level' | 'issuer'>): string {
  return s.level === 'regional_head' ? issuerId(s.issuer.institutionId, 'secretariat') : s.issuer.id;
}

function nextSeq(store: Store, s: Source, kind: NumberedKind, year: number): number {
  const st = stmts(store.db);
  const reg = registerOf(s);
  const max = s.issuer.register.perKind ? (st.maxSeqOfKind.get(reg, year, kind) as number) : (st.maxSeq.get(reg, year) as number);
  return max + 1;
}

/** The next running number and its text, past any number already in the register (a typed one may read like it). */
function nextFree(store: Store, s: Source, kind: NumberedKind, date: string): { seq: number; number: string } {
  const reg = registerOf(s);
  let seq = nextSeq(store, s, kind, Number(date.slice(0, 4)));
  let number = formatFor(s, kind, seq, date);
  for (let i = 0; i < 1000 && stmts(store.db).holder.get(reg, number); i += 1) {
    seq += 1;
    number = formatFor(s, kind, seq, date);
  }
  return { seq, number };
}

const formatFor = (s: Source, kind: NumberedKind, seq: number, date: string): string =>
  formatNumber({ template: s.issuer.register.template, code: s.issuer.register.codes[kind], unit: s.issuer.register.unit }, seq, date);

/**
 * The trip's issued numbers, and per kind the next number of the register
 * its document is issued from, dated `onDate` or the kind's default date.
 */
export function tripNumbers(store: Store, tripId: string, today: string = localToday(), onDate?: string): TripNumbers {
  const trip = liveTripRow(store, tripId, 'tripId');
  const signing = tripSigning(store, tripId);
  const suggested = {} as Record<NumberedKind, string>;
  const defaultDates = {} as Record<NumberedKind, string>;
  const printed = issuedAs(store, tripId);
  const images = kopImages(store, trip.origin_institution_id);
  const signerChanged: NumberedKind[] = [];
  for (const kind of NUMBERED_KINDS) {
    defaultDates[kind] = defaultIssueDate(kind, trip.start_date, today);
    const date = onDate ?? defaultDates[kind];
    const s = sourceOf(signing, kind);
    suggested[kind] = nextFree(store, s, kind, date).number;
    const was = printed[kind];
    // The press release and the SPPD print the office as it is now (no signer of the trip's signing): nothing to refresh.
    if (!AGENCY_KINDS.has(kind) && was && !sameSigning(was, snapshotOf(s, images))) signerChanged.push(kind);
  }
  return { issued: issuedNumbers(store, tripId), suggested, defaultDates, signerChanged };
}

/** Whether two records of who issued and signed print the same (the kop image by its bytes' hash). */
function sameSigning(a: IssuedAs, b: IssuedAs): boolean {
  const key = (x: IssuedAs) =>
    JSON.stringify([x.level, x.kop, x.emblemSha256, x.above, x.signer && [x.signer.jabatan, x.signer.name, x.signer.pangkat, x.signer.nip, x.signer.acting], x.acknowledge && [x.acknowledge.jabatan, x.acknowledge.name, x.acknowledge.pangkat, x.acknowledge.nip]]);
  return key(a) === key(b);
}

/**
 * "Perbarui dari direktori" for an issued document: it prints who issues and
 * signs it as the issuers say now (its number and date stay). A reported
 * trip keeps what it printed.
 */
export function refreshIssuedSigning(store: Store, input: In<typeof numberClearSchema>): TripNumbers {
  store.write(() => {
    const trip = liveTripRow(store, input.tripId, 'tripId');
    if (isReportedStatus(trip.status)) {
      throw new AppError('VALIDATION', 'A reported trip keeps what its documents printed', { field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    }
    const existing = stmts(store.db).liveOfKind.get(input.tripId, input.kind) as NumberDbRow | undefined;
    if (!existing) throw new AppError('NOT_FOUND', `No ${input.kind} number on this trip`, { field: 'kind', key: 'documents.validation.noNumber' });
    const s = sourceOf(tripSigning(store, input.tripId), input.kind);
    stmts(store.db).setIssuedAs.run({ id: existing.id, issuedAs: JSON.stringify(snapshotOf(s, kopImages(store, trip.origin_institution_id))), now: store.now() });
  });
  return tripNumbers(store, input.tripId);
}

/** The kop image each of the institution's issuers prints (blobs.sha256), read once per call. */
function kopImages(store: Store, institutionId: string | null): Map<IssuerLevel, string | null> {
  return new Map(loadIssuers(store, institutionId, { dataUrl: false }).map((l) => [l.issuer.level, l.image?.sha256 ?? null]));
}

/** What the document prints about who issued and signed it, kept with its number. */
function snapshotOf(s: Source, images: Map<IssuerLevel, string | null>): IssuedAs {
  return {
    level: s.level,
    kop: s.issuer.kop,
    emblemSha256: images.get(s.level) ?? null,
    signer: s.kind === 'report' ? null : s.signer,
    above: s.above,
    acknowledge: s.acknowledge,
  };
}

/**
 * Records a number for the trip's document from the register of the issuer
 * the document is issued by: the next running number, or a number typed from
 * the office's own register (seq 0), refused when that register already
 * holds it. A trip that already holds a live number of that kind gets it
 * back unchanged.
 */
export function issueNumber(store: Store, input: In<typeof numberIssueSchema>, today: string = localToday()): IssuedNumber {
  return store.write(() => {
    const trip = liveTripRow(store, input.tripId, 'tripId');
    const st = stmts(store.db);
    const existing = st.liveOfKind.get(input.tripId, input.kind) as NumberDbRow | undefined;
    if (existing) return toIssued(existing);
    const issuedOn = input.issuedOn ?? defaultIssueDate(input.kind, trip.start_date, today);
    const year = Number(issuedOn.slice(0, 4));
    const s = sourceOf(tripSigning(store, input.tripId), input.kind);
    ensureIssuer(store, s.issuer.institutionId, s.level);
    const reg = registerOf(s);
    if (reg !== s.issuer.id) ensureIssuer(store, s.issuer.institutionId, 'secretariat');
    let seq = 0;
    let number = input.number;
    if (number === undefined) {
      ({ seq, number } = nextFree(store, s, input.kind, issuedOn));
    } else {
      const holder = st.holder.get(reg, number) as { tripId: string; kind: string; title: string | null } | undefined;
      if (holder) {
        throw new AppError('CONFLICT', `Number ${number} is already in the register of this issuer`, {
          field: 'number',
          key: 'documents.validation.numberTaken',
          params: { number, trip: holder.title ?? '' },
        });
      }
    }
    const id = store.newId();
    const row = { id, tripId: input.tripId, kind: input.kind, issuerId: reg, year, seq, number, issuedOn };
    st.insert.run({ ...row, issuedAs: JSON.stringify(snapshotOf(s, kopImages(store, trip.origin_institution_id))), now: store.now() });
    return { ...row, clash: false };
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
