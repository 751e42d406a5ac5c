import { rupiah as Rp } from '../../shared/money/rupiah';
import { SAMPLE_RATE_SET } from '../../shared/money/sample-rates';
import type { RateSet, RateSetRecord } from '../../shared/money/schemas';

type Call = <T>(op: string, input: unknown) => Promise<T>;

/** A set as typed: the sample's figures without its id and sample mark. */
export const withoutId = ({ id: _id, ...set }: RateSet) => set;
export const typedRateSet = (over: Partial<RateSet> = {}) => ({ ...withoutId(SAMPLE_RATE_SET), sample: false, name: 'Perbup Buleleng 62/2024 — Standar Biaya 2026', ...over });

/**
 * The Malang visit's set: the sample's figures plus the taxis (Bali Rp150.000,
 * Jawa Timur Rp200.000 a trip) and the air-fare ceilings of Jawa Timur the
 * unit test adds, typed as an office would through `rateSets.update`.
 */
export async function malangRates(call: Call): Promise<RateSetRecord> {
  const set = await call<RateSetRecord>('rateSets.create', typedRateSet());
  const air = { basis: 'ceiling', ceilings: { A: Rp(3_000_000), B: Rp(3_000_000), C: Rp(2_500_000), D: Rp(2_500_000), E: Rp(2_000_000), F: Rp(2_000_000) } };
  const taxi: Record<string, number> = { '51': Rp(150_000), '35': Rp(200_000) };
  const destinations = set.destinations.map((d) => ({ ...d, taxi: taxi[d.regionCode] ?? null, ...(d.regionCode === '35' && { fares: { air } }) }));
  return call<RateSetRecord>('rateSets.update', { id: set.id, expectedUpdatedAt: set.updatedAt, patch: { destinations } });
}

/** The Malang visit's two flights, Denpasar – Surabaya and back. */
export const FLIGHTS = [
  { mode: 'air', label: 'Denpasar – Surabaya', amount: Rp(1_800_000) },
  { mode: 'air', label: 'Surabaya – Denpasar', amount: Rp(1_800_000), date: '2026-04-24' },
];

/**
 * Buleleng (51.08) → Kota Malang (35.73), 23–24 April 2026 unless other
 * dates are given: the origin institution, the trip, and `add` for its
 * officials (a member's role and person fields).
 */
export async function malangVisit<M = { id: string }>(call: Call, dates = { startDate: '2026-04-23', endDate: '2026-04-24' }) {
  const origin = await call<{ id: string }>('institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
  const trip = await call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', ...dates, originInstitutionId: origin.id, hostRegionCodes: ['35.73'] });
  const add = (role: string, person: Record<string, unknown>) => call<M>('members.addNew', { tripId: trip.id, role, person: { kind: 'official', ...person } });
  return { origin, trip, add };
}
