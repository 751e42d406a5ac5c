/**
 * Two windows, one truth, for the records behind the documents: the house
 * style and signers carry the version the user saw; a trip's report texts
 * and an issuer, written by several parts of the app at once, carry the
 * values the edit started from, so only a field changed elsewhere is a
 * conflict (a kop image uploaded meanwhile, or the attendance split chosen
 * on the same page, is not). A refused write leaves everything as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../main/db/store';
import type { OperationName } from '../../shared/contract';
import type { Issuer } from '../../shared/documents/issuers';
import type { Profile, ReportText } from '../../shared/documents/schemas';
import type { ApiError } from '../../shared/result';
import type { Dispatch } from '../../main/dispatcher';
import { testDispatcher, useTempStore } from '../helpers/db';

const t = useTempStore();
let store: Store;
let dispatch: Dispatch;

beforeEach(() => {
  store = createStore(t.store.db);
  dispatch = testDispatcher(store);
});

async function call<T>(op: OperationName, input: unknown): Promise<T> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.key ?? ''} ${r.error.message}`);
  return r.value as T;
}
async function refusal(op: OperationName, input: unknown): Promise<ApiError> {
  const r = await dispatch(op, input);
  if (r.ok) throw new Error(`${op} was accepted`);
  return r.error;
}
const stale = { code: 'CONFLICT', key: 'errors.stale' };

/** A tiny valid PNG (1 × 1, grey). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

describe('document records refuse a save over a newer one', () => {
  it('the house style: a second window saving over the first is refused, a save without the version overwrites', async () => {
    const seen = await call<Profile>('profile.get', {});
    expect(seen.updatedAt).toBe(0);
    const first = await call<Profile>('profile.update', { paper: 'A4', expectedUpdatedAt: seen.updatedAt });
    expect(first.updatedAt).toBeGreaterThan(0);
    // The other window saw the style before that save.
    expect(await refusal('profile.update', { marginLeft: 25, expectedUpdatedAt: seen.updatedAt })).toMatchObject(stale);
    expect(await call<Profile>('profile.get', {})).toMatchObject({ paper: 'A4', marginLeft: 30 });
    // "Timpa": the same patch without a version.
    expect(await call<Profile>('profile.update', { marginLeft: 25 })).toMatchObject({ paper: 'A4', marginLeft: 25 });
    // The version alone is no patch.
    expect(await refusal('profile.update', { expectedUpdatedAt: 0 })).toMatchObject({ code: 'VALIDATION', key: 'validation.emptyPatch' });
  });

  it('a signer: an edit over a newer one is refused', async () => {
    const signer = await call<{ id: string; updatedAt: number }>('signers.create', {
      institutionId: null,
      level: 'regional_head',
      seat: 'regional_head',
      jabatan: 'Bupati Buleleng',
      name: 'Dr. I Nyoman Sutjidra, S.Kep.',
    });
    await call('signers.update', { id: signer.id, patch: { name: 'I Nyoman Sutjidra' }, expectedUpdatedAt: signer.updatedAt });
    expect(await refusal('signers.update', { id: signer.id, patch: { jabatan: 'Plt. Bupati Buleleng' }, expectedUpdatedAt: signer.updatedAt })).toMatchObject(stale);
    const [issuer] = (await call<Issuer[]>('issuers.list', { institutionId: null })).filter((i) => i.level === 'regional_head');
    expect(issuer?.signers.find((s) => s.id === signer.id)).toMatchObject({ name: 'I Nyoman Sutjidra', jabatan: 'Bupati Buleleng' });
  });

  it('report texts: a field changed elsewhere is refused; another field saved meanwhile is not', async () => {
    const trip = await call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const seen = await call<ReportText>('reportText.get', { tripId: trip.id });
    // Window B writes the conclusion; the attendance split is chosen on the same page.
    await call('reportText.update', { tripId: trip.id, patch: { conclusion: 'Kesimpulan dari jendela B.' }, expected: { conclusion: seen.conclusion } });
    await call('reportText.update', { tripId: trip.id, patch: { attendanceSplit: 'session' } });
    // Window A, which started from the empty texts, saves the suggestions: no conflict.
    await call('reportText.update', { tripId: trip.id, patch: { suggestions: 'Saran dari jendela A.' }, expected: { suggestions: seen.suggestions } });
    // …but its conclusion would overwrite B's: refused, nothing written.
    const error = await refusal('reportText.update', {
      tripId: trip.id,
      patch: { conclusion: 'Kesimpulan dari jendela A.', closing: 'Penutup A.' },
      expected: { conclusion: seen.conclusion, closing: seen.closing },
    });
    expect(error).toMatchObject(stale);
    expect(await call<ReportText>('reportText.get', { tripId: trip.id })).toMatchObject({
      conclusion: 'Kesimpulan dari jendela B.',
      suggestions: 'Saran dari jendela A.',
      closing: '',
      attendanceSplit: 'session',
    });
  });

  it('an issuer: a kop line changed elsewhere is refused; the kop image uploaded meanwhile is not', async () => {
    const before = (await call<Issuer[]>('issuers.list', { institutionId: null })).find((i) => i.level === 'agency') as Issuer;
    await call('issuers.update', { institutionId: null, level: 'agency', patch: { officeName: 'DINAS KOMUNIKASI DAN INFORMATIKA' }, expected: { officeName: before.officeName } });
    await call('issuers.setEmblem', { institutionId: null, level: 'agency', fileName: 'lambang.png', imageBase64: PNG });
    // The other window's edit started before both writes.
    const ok = await call<Issuer>('issuers.update', {
      institutionId: null,
      level: 'agency',
      patch: { phone: '(0362) 21985' },
      expected: { phone: before.phone },
    });
    expect(ok).toMatchObject({ officeName: 'DINAS KOMUNIKASI DAN INFORMATIKA', phone: '(0362) 21985' });
    expect(ok.emblem?.fileName).toBe('lambang.png');
    expect(
      await refusal('issuers.update', {
        institutionId: null,
        level: 'agency',
        patch: { officeName: 'DINAS KOMINFOSANTI' },
        expected: { officeName: before.officeName },
      }),
    ).toMatchObject(stale);
    expect((await call<Issuer[]>('issuers.list', { institutionId: null })).find((i) => i.level === 'agency')?.officeName).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
  });
});
