import { readFileSync, existsSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../main/docs/index';
import { gatherDocData } from '../../main/documents/doc-data';
import { addHost, addHostPerson, addMember, refreshFromDirectory, tripDetail, updateMember } from '../../main/delegation';
import {
  createInstitution,
  deleteInstitution,
  eraseInstitution,
  listInstitutions,
  restoreInstitution,
  updateInstitution,
} from '../../main/directory/institutions';
import { createSigner, removeSigner } from '../../main/documents/issuers';
import { issueNumber } from '../../main/documents/numbers';
import {
  createPerson,
  deletePerson,
  erasePerson,
  restorePerson,
  searchPeople,
  searchPeopleSql,
  updatePerson,
} from '../../main/directory/people';
import { createQuote, listQuotes } from '../../main/quotes/service';
import { createTrip, updateTrip } from '../../main/trips/service';
import { institutionCreateSchema } from '../../shared/directory/institution';
import { personCreateSchema, personSearchSchema, type PersonCreateInput } from '../../shared/directory/person';
import { signerCreateSchema } from '../../shared/documents/issuers';
import { quoteCreateSchema } from '../../shared/quotes/schemas';
import { AppError } from '../../shared/result';
import { readDocx } from '../helpers/docx';
import { useTempStore } from '../helpers/db';

/*
 * "Hapus permanen" (issue 11, UU 27/2022) on a real SQLite file: the person's
 * fields, the change log's old values and the copies other rows took are
 * gone from every table and from the file's bytes; a trip whose documents
 * were issued still prints the person as it did.
 */

const t = useTempStore();
const { store } = t;
let dinasId: string;
let issuedTrip: string;
let plannedTrip: string;
const TODAY = '2025-04-28';

const MADE: PersonCreateInput = {
  kind: 'official',
  name: 'Ni Made Dwi Pratiwi',
  titleSuffix: 'S.Kom.',
  employment: 'pns',
  nip: '198505122010012015',
  golongan: 'III/d',
  jabatan: 'Kepala Bidang IKP',
  unit: 'Dinas Kominfosanti',
  phone: '0812 3456 7890',
  email: 'made.pratiwi@example.go.id',
  notes: 'Alergi udang',
};
/** Only in the directory and in a trip that issued nothing. */
const KOMANG: PersonCreateInput = {
  kind: 'official',
  name: 'Komang Ayu Lestarini',
  employment: 'pns',
  nip: '199001152015032004',
  golongan: 'III/a',
  jabatan: 'Pranata Humas Ahli Pertama',
  phone: '0857 1122 3344',
  email: 'komang.lestarini@example.go.id',
};

const person = (input: PersonCreateInput) => createPerson(store, personCreateSchema.parse(input));
const search = (query: string) => searchPeople(store, personSearchSchema.parse({ query }));
const sptText = (tripId: string) => readDocx(buildDocx('spt', gatherDocData(store, tripId, TODAY)).bytes).text;

/** Every TEXT cell of every table holding `needle`, as "table.column". */
function cellsWith(needle: string): string[] {
  const db = store.db;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  const hits: string[] = [];
  for (const table of tables) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?) WHERE type = 'TEXT'`).pluck().all(table) as string[];
    for (const c of cols) {
      const n = db.prepare(`SELECT count(*) FROM "${table}" WHERE instr("${c}", ?) > 0`).pluck().get(needle) as number;
      for (let i = 0; i < n; i++) hits.push(`${table}.${c}`);
    }
  }
  return hits;
}

/** The database file and its WAL as bytes (the erasure leaves the WAL empty). */
function fileBytes(): Buffer {
  const wal = `${t.path}-wal`;
  return Buffer.concat([readFileSync(t.path), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

beforeEach(() => {
  dinasId = createInstitution(store, institutionCreateSchema.parse({ kind: 'own', name: 'Dinas Kominfosanti', regionCode: '51.08' })).id;
  issuedTrip = createTrip(store, { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25', originInstitutionId: dinasId }).id;
  plannedTrip = createTrip(store, { title: 'Kunjungan Kerja ke Kota Mataram', startDate: '2025-09-10', endDate: '2025-09-11', originInstitutionId: dinasId }).id;
  createSigner(
    store,
    signerCreateSchema.parse({ institutionId: dinasId, level: 'agency', seat: 'agency_head', jabatan: 'Kepala Dinas Kominfosanti', name: 'Ketut Suwarmawan' }),
  );
});

describe('people.erase', () => {
  it('wipes the person from every table, the change log and the file, while the issued SPT prints them as before', () => {
    const made = person(MADE);
    const komang = person(KOMANG);
    // Edits leave old versions of the row in the log and in the file's free space.
    updatePerson(store, { id: made.id, patch: { phone: '0812 3456 7890 ', jabatan: 'Kepala Bidang Informasi dan Komunikasi Publik' } });
    updatePerson(store, { id: komang.id, patch: { jabatan: 'Pranata Humas Ahli Muda' } });
    updatePerson(store, { id: komang.id, patch: { notes: 'Pindah ke Bappeda' } });

    const kept = addMember(store, { tripId: issuedTrip, personId: made.id, role: 'lead' });
    updateMember(store, { id: kept.id, patch: { hotel: 'Hotel Santika Malang' } });
    const dropped = addMember(store, { tripId: plannedTrip, personId: made.id, role: 'lead' });
    updateMember(store, { id: dropped.id, patch: { needs: 'Alergi udang', seat: '12A' } });
    addMember(store, { tripId: plannedTrip, personId: komang.id, role: 'member' });
    createQuote(store, quoteCreateSchema.parse({ tripId: plannedTrip, speakerPersonId: made.id, words: 'Layanan kami buka sampai malam.' }));
    createQuote(store, quoteCreateSchema.parse({ tripId: issuedTrip, speakerPersonId: made.id, words: 'Kami belajar banyak dari Malang.' }));
    issueNumber(store, { tripId: issuedTrip, kind: 'spt', issuedOn: '2025-04-20' }, TODAY);

    const before = sptText(issuedTrip);
    expect(before).toContain('Ni Made Dwi Pratiwi');
    expect(before).toContain('19850512 201001 2 015');
    // The index is built (outside a transaction) before the erasure, as in a running app.
    expect(search('Pratiwi').total).toBe(1);
    expect(search('199001152015').total).toBe(1);

    expect(erasePerson(store, made.id)).toEqual({ id: made.id, compacted: true });
    expect(erasePerson(store, komang.id)).toEqual({ id: komang.id, compacted: true });

    // What the database holds: only the issued trip's own record of Made (its member and the quote it may print).
    expect(cellsWith('Dwi Pratiwi')).toEqual(['trip_members.snapshot', 'trip_quotes.speaker_name']);
    expect(cellsWith(MADE.nip as string)).toEqual(['trip_members.snapshot']);
    for (const needle of ['3456 7890', 'made.pratiwi@', 'Alergi udang', 'Layanan kami buka']) expect(cellsWith(needle), needle).toEqual([]);
    for (const needle of ['Lestarini', KOMANG.nip as string, '1122 3344', 'komang.lestarini@', 'Pindah ke Bappeda']) {
      expect(cellsWith(needle), needle).toEqual([]);
    }
    expect(store.db.prepare(`SELECT count(*) FROM change_log WHERE previous_values LIKE '%Pratiwi%' OR previous_values LIKE '%Lestarini%'`).pluck().get()).toBe(0);
    const row = store.db.prepare(`SELECT * FROM people WHERE id = ?`).get(made.id) as Record<string, unknown>;
    expect(row).toMatchObject({ name: '(dihapus)', title_suffix: '', nip: '', golongan: '', jabatan: '', unit: '', phone: '', email: '', notes: '', institution_id: null });
    expect(row.deleted_at).not.toBeNull();
    expect(row.erased_at).not.toBeNull();

    // The file itself: rewritten and its WAL emptied, so no freed page or old frame keeps the bytes.
    const bytes = fileBytes();
    for (const needle of ['Lestarini', KOMANG.nip as string, '1122 3344', 'komang.lestarini@', 'Pindah ke Bappeda', '3456 7890', 'made.pratiwi@', 'Alergi udang']) {
      expect(bytes.includes(Buffer.from(needle, 'utf8')), needle).toBe(false);
    }

    // The issued trip prints her as it did; the planned trip no longer has her, nor her quote.
    expect(sptText(issuedTrip)).toBe(before);
    const issued = tripDetail(store, issuedTrip);
    expect(issued.members.map((m) => [m.person.name, m.person.nip, m.hotel])).toEqual([['Ni Made Dwi Pratiwi', MADE.nip, 'Hotel Santika Malang']]);
    expect(listQuotes(store, issuedTrip).map((q) => q.speakerName)).toEqual(['Ni Made Dwi Pratiwi']);
    expect(tripDetail(store, plannedTrip).members).toEqual([]);
    expect(listQuotes(store, plannedTrip)).toEqual([]);

    // Gone from the directory for good.
    expect(search('Pratiwi').total).toBe(0);
    expect(search('19850512').total).toBe(0);
    expect(search('Lestarini').total).toBe(0);
    expect(searchPeopleSql(store, personSearchSchema.parse({ query: 'dihapus' })).total).toBe(0);
    expect(search('').total).toBe(0);
    const e = refusal(() => restorePerson(store, made.id));
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'people.errors.erased', field: 'id' });
    expect(store.db.prepare(`SELECT deleted_at IS NOT NULL FROM people WHERE id = ?`).pluck().get(made.id)).toBe(1);
  });

  it('keeps the issued trip’s copy when the directory is refreshed after the erasure', () => {
    const made = person(MADE);
    addMember(store, { tripId: issuedTrip, personId: made.id, role: 'lead' });
    issueNumber(store, { tripId: issuedTrip, kind: 'spt', issuedOn: '2025-04-20' }, TODAY);
    const before = sptText(issuedTrip);
    erasePerson(store, made.id);
    // Nothing to offer from the directory: the erased row is not a "change in the directory".
    expect(tripDetail(store, issuedTrip).members[0]?.directoryChanges).toEqual([]);
    // "Perbarui dari direktori" would copy the wiped row; the trip keeps what it printed.
    refreshFromDirectory(store, { tripId: issuedTrip });
    expect(sptText(issuedTrip)).toBe(before);
    expect(tripDetail(store, issuedTrip).members[0]?.person.nip).toBe(MADE.nip);
  });

  it('treats a trip that has taken place as keeping its history, numbered or not', () => {
    const made = person(MADE);
    addMember(store, { tripId: plannedTrip, personId: made.id, role: 'lead' });
    updateTrip(store, { id: plannedTrip, patch: { status: 'done' } });
    const host = createInstitution(store, institutionCreateSchema.parse({ kind: 'host', name: 'Diskominfo Kota Malang', regionCode: '35.73' }));
    const wali = person({ kind: 'host_official', name: 'Wahyu Hidayat', jabatan: 'Wali Kota Malang', institutionId: host.id, phone: '0341 551 9999' });
    addHost(store, { tripId: issuedTrip, institutionId: host.id });
    addHostPerson(store, { tripId: issuedTrip, personId: wali.id, hostRole: 'receiver' });
    erasePerson(store, made.id);
    erasePerson(store, wali.id);
    expect(tripDetail(store, plannedTrip).members.map((m) => m.person.name)).toEqual(['Ni Made Dwi Pratiwi']);
    // The issued trip is only planned and numbers nothing: its host official goes.
    expect(tripDetail(store, issuedTrip).hostPeople).toEqual([]);
    expect(cellsWith('Wahyu Hidayat')).toEqual([]);
    expect(cellsWith('551 9999')).toEqual([]);
  });

  it('refuses while the person signs documents, and wipes a removed signer that was them', () => {
    const made = person(MADE);
    const signer = createSigner(
      store,
      signerCreateSchema.parse({ institutionId: dinasId, level: 'agency', seat: 'field_head', jabatan: 'Kepala Bidang IKP', name: 'Ni Made Dwi Pratiwi', nip: MADE.nip, personId: made.id }),
    );
    const e = refusal(() => erasePerson(store, made.id));
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'people.errors.eraseSigner', params: { jabatan: 'Kepala Bidang IKP' } });
    // Nothing was written.
    expect(search('Pratiwi').total).toBe(1);
    expect(cellsWith('made.pratiwi@')).toEqual(['people.email']);

    removeSigner(store, signer.id);
    erasePerson(store, made.id);
    expect(store.db.prepare(`SELECT name, nip, pangkat, person_id AS personId, jabatan FROM doc_signers WHERE id = ?`).get(signer.id)).toEqual({
      name: '',
      nip: '',
      pangkat: '',
      personId: null,
      jabatan: 'Kepala Bidang IKP',
    });
    expect(cellsWith('Dwi Pratiwi')).toEqual([]);
    expect(cellsWith(MADE.nip as string)).toEqual([]);
  });

  it('erases a person already deleted, and says which person is unknown', () => {
    const made = person(MADE);
    deletePerson(store, made.id);
    erasePerson(store, made.id);
    expect(cellsWith('Dwi Pratiwi')).toEqual([]);
    expect(refusal(() => restorePerson(store, made.id)).key).toBe('people.errors.erased');
    expect(refusal(() => erasePerson(store, '0199c000-0000-7000-8000-00000000ffff'))).toMatchObject({ code: 'NOT_FOUND', field: 'id', key: 'errors.personNotFound' });
  });
});

describe('institutions.erase', () => {
  it('refuses while people, trips or issuers use the institution, naming how many', () => {
    const host = createInstitution(store, institutionCreateSchema.parse({ kind: 'host', name: 'Diskominfo Kota Malang', regionCode: '35.73' }));
    person({ kind: 'host_official', name: 'Wahyu Hidayat', jabatan: 'Wali Kota Malang', institutionId: host.id });
    addHost(store, { tripId: issuedTrip, institutionId: host.id });
    expect(refusal(() => eraseInstitution(store, host.id))).toMatchObject({
      code: 'CONFLICT',
      key: 'people.errors.institutionEraseInUse',
      params: { people: 1, trips: 1, issuers: 0 },
    });
    // The origin of both trips, with its issuer's signer: used as well.
    expect(refusal(() => eraseInstitution(store, dinasId)).params).toEqual({ people: 0, trips: 2, issuers: 1 });
    expect(listInstitutions(store, {}).map((i) => i.name).sort()).toEqual(['Dinas Kominfosanti', 'Diskominfo Kota Malang']);
  });

  it('wipes an unused institution and its change log; deleted people lose the link; no restore', () => {
    const outlet = createInstitution(
      store,
      institutionCreateSchema.parse({ kind: 'media', name: 'Warta Bali Utara', address: 'Jl. Ngurah Rai 12', phone: '0362 700 123', email: 'redaksi@wartabali.example' }),
    );
    updateInstitution(store, { id: outlet.id, patch: { phone: '0813 9999 0000' } });
    const former = person({ kind: 'journalist', name: 'Gede Wartawan', institutionId: outlet.id });
    deletePerson(store, former.id);
    expect(eraseInstitution(store, outlet.id)).toEqual({ id: outlet.id, compacted: true });
    for (const needle of ['Warta Bali', 'Ngurah Rai', '700 123', '9999 0000', 'redaksi@']) {
      expect(cellsWith(needle), needle).toEqual([]);
      expect(fileBytes().includes(Buffer.from(needle, 'utf8')), needle).toBe(false);
    }
    expect(store.db.prepare(`SELECT institution_id FROM people WHERE id = ?`).pluck().get(former.id)).toBeNull();
    expect(listInstitutions(store, {}).map((i) => i.name)).toEqual(['Dinas Kominfosanti']);
    expect(refusal(() => restoreInstitution(store, outlet.id))).toMatchObject({ code: 'CONFLICT', key: 'people.errors.institutionErased' });
    // Deleting (a mark) still undoes as before.
    const other = createInstitution(store, institutionCreateSchema.parse({ kind: 'media', name: 'Radio Singaraja' }));
    deleteInstitution(store, other.id);
    expect(restoreInstitution(store, other.id).name).toBe('Radio Singaraja');
  });
});
