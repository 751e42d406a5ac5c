import type { z } from 'zod';
import type { refreshSchema, TripDetail } from '../../shared/delegation/schemas';
import { AppError } from '../../shared/result';
import { isReportedStatus } from '../../shared/vocabulary';
import type { Store } from '../db/store';
import { liveTripRow } from '../trips';
import { notFound } from './checks';
import { tripDetail } from './read-model';
import { stmts } from './statements';

type In<S extends z.ZodType> = z.output<S>;

// ——— The trip's own history ———

/**
 * "Perbarui dari direktori": the chosen members and host people (all when
 * none are named) print what the directory says now; the previous snapshot
 * is kept for one undo. A reported trip keeps what it printed.
 */
export function refreshFromDirectory(store: Store, input: In<typeof refreshSchema>): TripDetail {
  return store.write(() => {
    const trip = liveTripRow(store, input.tripId, 'tripId');
    if (isReportedStatus(trip.status)) {
      throw new AppError('VALIDATION', 'A reported trip keeps what its documents printed', { field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    }
    const s = stmts(store.db);
    const detail = tripDetail(store, input.tripId);
    const memberIds = input.memberIds ?? detail.members.filter((m) => m.directoryChanges.length > 0).map((m) => m.id);
    const hostIds = input.hostPersonIds ?? detail.hostPeople.filter((h) => h.directoryChanges.length > 0).map((h) => h.id);
    const live = new Set(detail.members.map((m) => m.id));
    const liveHosts = new Set(detail.hostPeople.map((h) => h.id));
    const bad = memberIds.find((id) => !live.has(id));
    if (bad) throw notFound('Member', bad, 'errors.memberNotFound');
    const badHost = hostIds.find((id) => !liveHosts.has(id));
    if (badHost) throw notFound('Host person', badHost, 'delegation.errors.hostPersonNotFound');
    const now = store.now();
    for (const id of memberIds) s.snapMember.run({ id, keepPrev: 1, now });
    for (const id of hostIds) s.snapHostPerson.run({ id, keepPrev: 1, now });
    return tripDetail(store, input.tripId);
  });
}

/** Undoes the last "Perbarui dari direktori" of the named members and host people. */
export function undoRefresh(store: Store, input: In<typeof refreshSchema>): TripDetail {
  return store.write(() => {
    if (isReportedStatus(liveTripRow(store, input.tripId, 'tripId').status)) throw new AppError('VALIDATION', 'A reported trip keeps what its documents printed', { field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    const s = stmts(store.db);
    const detail = tripDetail(store, input.tripId);
    const now = store.now();
    const members = new Set(detail.members.map((m) => m.id));
    const hosts = new Set(detail.hostPeople.map((h) => h.id));
    for (const id of input.memberIds ?? [...members]) if (members.has(id)) s.undoSnapMember.run({ id, now });
    for (const id of input.hostPersonIds ?? [...hosts]) if (hosts.has(id)) s.undoSnapHostPerson.run({ id, now });
    return tripDetail(store, input.tripId);
  });
}
