import type { z } from 'zod';
import {
  SIGNED_KINDS,
  type DocChoice,
  type docChoiceResetSchema,
  type docChoiceUpdateSchema,
  type IssuerLevel,
  type SignedKind,
  type SignForm,
  type TripSigning,
} from '../../shared/documents/issuers';
import type { TripDetail } from '../../shared/delegation/schemas';
import { AppError } from '../../shared/result';
import { emptyChoice, resolveSigning } from '../../shared/documents/signing';
import { docChoiceId } from '../db/ids';
import { preparedPer, type Store } from '../db/store';
import { tripDetail } from '../delegation';
import { loadIssuers, type LoadedIssuer } from './issuers';
import { liveTripRow } from '../trips';
import { stripUndefined } from '../db/rows';

/*
 * A trip's choice of issuer, signer and form per document
 * (trip_doc_choices, one row per trip and kind, id derived from the pair),
 * and the resolved signing of every document: the choice where the trip
 * made one, the delegation's defaults elsewhere (shared/signing.ts).
 */

type In<S extends z.ZodType> = z.output<S>;

interface ChoiceDbRow {
  trip_id: string;
  kind: SignedKind;
  level: IssuerLevel | null;
  signer_id: string | null;
  form: SignForm | null;
  acknowledge: string;
  sign_date: string;
  attention: string;
}

function prepare(db: Store['db']) {
  return {
    all: db.prepare(`SELECT * FROM trip_doc_choices WHERE trip_id = ? AND deleted_at IS NULL`),
    upsert: db.prepare(
      `INSERT INTO trip_doc_choices (id, trip_id, kind, level, signer_id, form, acknowledge, sign_date, attention, created_at, updated_at)
       VALUES (@id, @tripId, @kind, @level, @signerId, @form, @acknowledge, @signDate, @attention, @now, @now)
       ON CONFLICT (id) DO UPDATE SET level = excluded.level, signer_id = excluded.signer_id, form = excluded.form,
         acknowledge = excluded.acknowledge, sign_date = excluded.sign_date, attention = excluded.attention,
         deleted_at = NULL, updated_at = excluded.updated_at`,
    ),
    reset: db.prepare(`UPDATE trip_doc_choices SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL`),
    signer: db.prepare(`SELECT issuer_id FROM doc_signers WHERE id = ? AND deleted_at IS NULL`).pluck(),
    acknowledgeOff: db.prepare(`SELECT 1 FROM trip_reports WHERE id = ? AND acknowledge = 0 AND deleted_at IS NULL`).pluck(),
  };
}
const stmts = preparedPer(prepare);

/** The trip's choices per kind; kinds without one follow the defaults. No trip check. */
export function readChoices(store: Store, tripId: string): Record<SignedKind, DocChoice> {
  const out = {} as Record<SignedKind, DocChoice>;
  for (const kind of SIGNED_KINDS) out[kind] = emptyChoice(tripId, kind);
  for (const r of stmts(store.db).all.all(tripId) as ChoiceDbRow[]) {
    out[r.kind] = {
      tripId,
      kind: r.kind,
      level: r.level,
      signerId: r.signer_id,
      form: r.form,
      acknowledge: r.acknowledge,
      signDate: r.sign_date,
      attention: r.attention,
    };
  }
  // The report texts' "Mengetahui" switch, when off, means nobody unless the trip chose a signer.
  if (out.report.acknowledge === '' && stmts(store.db).acknowledgeOff.get(tripId)) out.report = { ...out.report, acknowledge: 'none' };
  return out;
}

/** Every signed document of the trip resolved, from data already read (documents and readiness share it). */
export function resolveTripSigning(detail: TripDetail, loaded: readonly LoadedIssuer[], choices: Record<SignedKind, DocChoice>): TripSigning {
  const issuers = loaded.map((l) => l.issuer);
  const docs = {} as TripSigning['docs'];
  for (const kind of SIGNED_KINDS) {
    docs[kind] = resolveSigning({
      kind,
      issuers,
      members: detail.members,
      hosts: detail.hosts,
      regionCode: detail.originInstitution?.regionCode ?? '',
      choice: choices[kind],
    });
  }
  return { issuers, docs };
}

export function tripSigning(store: Store, tripId: string): TripSigning {
  return store.db
    .transaction(() => {
      const detail = tripDetail(store, tripId);
      return resolveTripSigning(detail, loadIssuers(store, detail.trip.originInstitutionId), readChoices(store, tripId));
    })
    .deferred();
}

/** A signer id the trip may choose: a live signer of one of its origin's issuers. */
function checkSigner(store: Store, issuerIds: Set<string>, id: string, field: string): void {
  const issuer = stmts(store.db).signer.get(id) as string | undefined;
  if (!issuer || !issuerIds.has(issuer)) {
    throw new AppError('VALIDATION', `Signer ${id} is not a signer of this trip's issuers`, { field, key: 'issuers.errors.signerNotOfTrip' });
  }
}

export function updateDocChoice(store: Store, input: In<typeof docChoiceUpdateSchema>): TripSigning {
  store.write(() => {
    const trip = liveTripRow(store, input.tripId, 'tripId');
    const issuerIds = new Set(loadIssuers(store, trip.origin_institution_id, { dataUrl: false }).map((l) => l.issuer.id));
    const current = readChoices(store, input.tripId)[input.kind];
    const next = { ...current, ...stripUndefined(input.patch) };
    if (next.signerId) checkSigner(store, issuerIds, next.signerId, 'patch.signerId');
    if (next.acknowledge && next.acknowledge !== 'none') checkSigner(store, issuerIds, next.acknowledge, 'patch.acknowledge');
    stmts(store.db).upsert.run({ ...next, id: docChoiceId(input.tripId, input.kind), now: store.now() });
  });
  return tripSigning(store, input.tripId);
}

/** Back to the defaults for one document. */
export function resetDocChoice(store: Store, input: In<typeof docChoiceResetSchema>): TripSigning {
  store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    stmts(store.db).reset.run({ id: docChoiceId(input.tripId, input.kind), now: store.now() });
  });
  return tripSigning(store, input.tripId);
}
