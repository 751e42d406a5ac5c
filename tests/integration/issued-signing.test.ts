import { beforeEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../main/docs/index';
import { gatherDocData } from '../../main/documents/doc-data';
import { addNewMember } from '../../main/delegation';
import { createInstitution } from '../../main/directory/institutions';
import { createSigner, updateSigner } from '../../main/documents/issuers';
import { issueNumber, refreshIssuedSigning, tripNumbers } from '../../main/documents/numbers';
import { createTrip, updateTrip } from '../../main/trips/service';
import { institutionCreateSchema } from '../../shared/directory/institution';
import { memberAddNewSchema } from '../../shared/delegation/schemas';
import { signerCreateSchema } from '../../shared/documents/issuers';
import { AppError } from '../../shared/result';
import { readDocx } from '../helpers/docx';
import { useTempStore } from '../helpers/db';

/*
 * An issued document keeps who issued and signed it (doc_numbers.issued_as):
 * a later edit of the signer changes nothing it prints until the user asks
 * for it, and the numbers panel says that the signer changed.
 */

const { store } = useTempStore();
let tripId: string;
let signerId: string;
const TODAY = '2025-04-28';

beforeEach(() => {
  const dinas = createInstitution(store, institutionCreateSchema.parse({ kind: 'own', name: 'Dinas Kominfosanti', regionCode: '51.08' }));
  tripId = createTrip(store, { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25', originInstitutionId: dinas.id }).id;
  // Staff only: the Kepala Dinas signs the SPT for his own staff.
  addNewMember(
    store,
    memberAddNewSchema.parse({
      tripId,
      role: 'lead',
      person: { kind: 'official', name: 'Ni Made Dwi Pratiwi', employment: 'pns', nip: '198505122010012015', golongan: 'III/d', jabatan: 'Kepala Bidang IKP' },
    }),
  );
  signerId = createSigner(
    store,
    signerCreateSchema.parse({ institutionId: dinas.id, level: 'agency', seat: 'agency_head', jabatan: 'Kepala Dinas Kominfosanti', name: 'Ketut Suwarmawan' }),
  ).id;
});

const sptText = () => readDocx(buildDocx('spt', gatherDocData(store, tripId, TODAY)).bytes).text;

describe('an issued document keeps who signed it', () => {
  it('prints the signer it was issued with after the signer is edited, until refreshed', () => {
    issueNumber(store, { tripId, kind: 'spt', issuedOn: '2025-04-20' }, TODAY);
    expect(sptText()).toContain('Ketut Suwarmawan');
    updateSigner(store, { id: signerId, patch: { name: 'Made Pengganti' } });
    expect(sptText()).toContain('Ketut Suwarmawan');
    expect(sptText()).not.toContain('Made Pengganti');
    expect(tripNumbers(store, tripId, TODAY).signerChanged).toEqual(['spt']);

    const after = refreshIssuedSigning(store, { tripId, kind: 'spt' });
    expect(after.signerChanged).toEqual([]);
    expect(after.issued.spt?.issuedOn).toBe('2025-04-20');
    expect(sptText()).toContain('Made Pengganti');
  });

  it('a reported trip keeps what it printed; a kind without a number is refused', () => {
    issueNumber(store, { tripId, kind: 'spt', issuedOn: '2025-04-20' }, TODAY);
    expect(() => refreshIssuedSigning(store, { tripId, kind: 'letter' })).toThrow(AppError);
    updateTrip(store, { id: tripId, patch: { status: 'reported' } });
    updateSigner(store, { id: signerId, patch: { name: 'Made Pengganti' } });
    try {
      refreshIssuedSigning(store, { tripId, kind: 'spt' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).key).toBe('delegation.errors.reportedKeepsHistory');
    }
    expect(sptText()).toContain('Ketut Suwarmawan');
  });
});
