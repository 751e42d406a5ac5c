import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/dispatcher';
import { openDatabase } from '../../main/db/open';
import { createStore, type Store } from '../../main/db/store';
import { docChoiceId, issuerId } from '../../main/db/ids';
import { gatherDocData } from '../../main/documents/doc-data';
import { buildDocx } from '../../main/docs/index';
import { readiness } from '../../main/docs/readiness';
import { addHost, addHostPerson, addMember, refreshFromDirectory, tripDetail, undoRefresh } from '../../main/delegation';
import { createInstitution } from '../../main/directory/institutions';
import { listIssuers, updateIssuer, updateSigner } from '../../main/documents/issuers';
import { clearNumber, issueNumber, tripNumbers } from '../../main/documents/numbers';
import { createPerson } from '../../main/directory/people';
import { tripSigning } from '../../main/documents/signing';
import { createTrip, deleteTrip, updateTrip } from '../../main/trips/service';
import { DOC_KINDS, numberIssueSchema, type DocKind, type IssuedNumber, type NumberedKind } from '../../shared/documents/schemas';
import type { TripDetail } from '../../shared/delegation/schemas';
import { institutionCreateSchema, type InstitutionKind } from '../../shared/directory/institution';
import { ISSUER_LEVELS, issuerUpdateSchema, signerUpdateSchema, type Issuer, type IssuerLevel, type Signer, type TripSigning } from '../../shared/documents/issuers';
import { personCreateSchema } from '../../shared/directory/person';
import type { ApiError } from '../../shared/result';
import { testDispatcher, useTempStore } from '../helpers/db';
import { readDocx, textOf } from '../helpers/docx';

/*
 * Who issues, who signs (domain.md, "Issuers and signers"), on real SQLite
 * files: the issuers of an own institution made from its region, their kop
 * images and signers, a trip's choice of issuer and signer per document, the
 * registers of numbers, and what a trip keeps of its people and of the
 * documents it issued.
 */

const media = (name: string) => readFileSync(join(__dirname, '../fixtures/media', name));

/** A valid PNG of any size, written by hand: signature, IHDR, one IDAT, IEND (CRCs by zlib). */
function png(width: number, height: number, grey = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height, grey); // filter byte + one grey byte per pixel
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const t = useTempStore();
const { store } = t;
let dispatch: Dispatch;
beforeEach(() => {
  dispatch = testDispatcher(store, t.path);
});

const count = (sql: string, ...args: unknown[]): number => store.db.prepare(sql).pluck().get(...args) as number;

/** The operation's value; throws with the error when it was refused. */
async function call<T>(op: string, input: unknown): Promise<T> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
/** The error of an operation that must be refused. */
async function refused(op: string, input: unknown): Promise<ApiError> {
  const r = await dispatch(op, input);
  if (r.ok) throw new Error(`${op} was accepted: ${JSON.stringify(r.value).slice(0, 300)}`);
  return r.error;
}

const institution = (name: string, regionCode: string, kind: InstitutionKind = 'own', extra: Record<string, unknown> = {}): string =>
  createInstitution(store, institutionCreateSchema.parse({ kind, name, regionCode, ...extra })).id;
const person = (p: Record<string, unknown>): string => createPerson(store, personCreateSchema.parse(p)).id;
const trip = (title: string, startDate: string, endDate: string, originInstitutionId: string | null, s: Store = store): string =>
  createTrip(s, { title, startDate, endDate, originInstitutionId }).id;
const issue = (tripId: string, kind: NumberedKind, issuedOn?: string, opts: { today?: string; number?: string; store?: Store } = {}): IssuedNumber =>
  issueNumber(
    opts.store ?? store,
    numberIssueSchema.parse({ tripId, kind, ...(issuedOn ? { issuedOn } : {}), ...(opts.number ? { number: opts.number } : {}) }),
    opts.today ?? '2025-05-01',
  );
const issuerOf = (list: Issuer[], level: IssuerLevel): Issuer => {
  const i = list.find((x) => x.level === level);
  if (!i) throw new Error(`no ${level}`);
  return i;
};
const KOMINFO = 'Dinas Komunikasi, Informatika, Persandian dan Statistik';
const KOMINFO_ADDRESS = 'Jl. Pahlawan No. 1, Singaraja, Bali 81113';

/**
 * The seed trip: Dinas Kominfosanti Buleleng to Kota Malang, 24–25 April
 * 2025, led by the Wakil Bupati with the Kepala Dinas and two journalists;
 * received by the Kepala Dinas Kominfo Kota Malang. Signers: the Bupati, the
 * Sekda and the Kepala Dinas.
 */
async function buleleng() {
  const kominfo = institution(KOMINFO, '51.08', 'own', { address: KOMINFO_ADDRESS });
  const malang = institution('Dinas Komunikasi dan Informatika Kota Malang', '35.73', 'host', { address: 'Jl. Mayjen Sungkono, Malang' });
  const radar = institution('Radar Bali', '51.08', 'media');
  const tripId = createTrip(store, {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    originInstitutionId: kominfo,
    hostRegionCodes: ['35.73'],
    purpose: 'Mempelajari pengelolaan Ngalam Command Center.',
  }).id;
  const wabup = person({ kind: 'official', name: 'Gede Supriatna', titleSuffix: 'S.H.', employment: 'elected', jabatan: 'Wakil Bupati Buleleng', unit: 'Pemerintah Kabupaten Buleleng' });
  const kadis = person({
    kind: 'official',
    titlePrefix: 'Drs.',
    name: 'Ketut Suwarmawan',
    titleSuffix: 'M.Si.',
    employment: 'pns',
    nip: '19700312 199503 1 004',
    golongan: 'IV/b',
    eselon: 'II',
    jabatan: `Kepala ${KOMINFO}`,
    unit: 'Dinas Kominfosanti',
    institutionId: kominfo,
  });
  const pers1 = person({ kind: 'journalist', name: 'I Gede Suardana', employment: 'non_asn', jabatan: 'Wartawan', institutionId: radar, mediaType: 'print', pressCard: '3137-JPNN/WDy/DP/V/2017' });
  const pers2 = person({ kind: 'journalist', name: 'Ni Luh Putu Sri Wahyuni', employment: 'non_asn', jabatan: 'Wartawan', institutionId: radar, mediaType: 'print' });
  const host = person({ kind: 'host_official', name: 'Muhammad Nur Widianto', titleSuffix: 'S.Sos., M.AP.', employment: 'pns', jabatan: 'Kepala Dinas Komunikasi dan Informatika', institutionId: malang });
  const members = {
    wabup: addMember(store, { tripId, personId: wabup, role: 'lead' }).id,
    kadis: addMember(store, { tripId, personId: kadis, role: 'deputy_lead' }).id,
    pers1: addMember(store, { tripId, personId: pers1, role: 'journalist' }).id,
    pers2: addMember(store, { tripId, personId: pers2, role: 'journalist' }).id,
  };
  addHost(store, { tripId, institutionId: malang });
  const hostPerson = addHostPerson(store, { tripId, personId: host, hostRole: 'receiver' }).id;
  const signer = (level: IssuerLevel, fields: Record<string, unknown>) => call<Signer>('signers.create', { institutionId: kominfo, level, ...fields });
  const bupati = await signer('regional_head', { seat: 'regional_head', jabatan: 'Bupati Buleleng', name: 'dr. I Nyoman Sutjidra, Sp.OG.' });
  const sekda = await signer('secretariat', { seat: 'regional_secretary', jabatan: 'Sekretaris Daerah', name: 'Gede Suyasa', pangkat: 'Pembina Utama Madya', nip: '19690319 199603 1 001' });
  const kepalaDinas = await signer('agency', {
    seat: 'agency_head',
    jabatan: `Kepala ${KOMINFO}`,
    name: 'Drs. Ketut Suwarmawan, M.Si.',
    pangkat: 'Pembina Tingkat I',
    nip: '197003121995031004',
    personId: kadis,
  });
  for (const level of ISSUER_LEVELS) updateIssuer(store, issuerUpdateSchema.parse({ institutionId: kominfo, level, patch: { placeOfIssue: 'Singaraja' } }));
  return { kominfo, malang, radar, tripId, people: { wabup, kadis, pers1, pers2, host }, members, hostPerson, signers: { bupati, sekda, kepalaDinas } };
}

/** Every document of the trip, built as the export builds them, by zip entry (docProps/core.xml holds the build time). */
function buildAll(tripId: string, today = '2025-04-28'): Record<DocKind, Record<string, Uint8Array>> {
  const data = gatherDocData(store, tripId, today);
  const out = {} as Record<DocKind, Record<string, Uint8Array>>;
  for (const kind of DOC_KINDS) {
    const files = unzipSync(buildDocx(kind, data).bytes);
    delete files['docProps/core.xml'];
    out[kind] = files;
  }
  return out;
}
/** The kinds whose documents differ, with the first differing part. */
function differences(a: Record<DocKind, Record<string, Uint8Array>>, b: Record<DocKind, Record<string, Uint8Array>>): Partial<Record<DocKind, string>> {
  const diff: Partial<Record<DocKind, string>> = {};
  for (const kind of DOC_KINDS) {
    const paths = [...new Set([...Object.keys(a[kind]), ...Object.keys(b[kind])])].sort();
    const first = paths.find((p) => {
      const x = a[kind][p];
      const y = b[kind][p];
      return !x || !y || !Buffer.from(x).equals(Buffer.from(y));
    });
    if (first) diff[kind] = first;
  }
  return diff;
}
const textOfPart = (files: Record<string, Uint8Array>, path: string): string => (files[path] ? textOf(strFromU8(files[path])) : '');
const headerText = (bytes: Uint8Array): string => readDocx(bytes).headers.map(textOf).join('\n');

// ——— Issuers ———

describe('issuers of an own institution', () => {
  it('answers three issuers made from region 51.08 before anything is saved', async () => {
    const kominfo = institution(KOMINFO, '51.08', 'own', { address: KOMINFO_ADDRESS });
    const list = await call<Issuer[]>('issuers.list', { institutionId: kominfo });
    expect(list.map((i) => i.level)).toEqual(['regional_head', 'secretariat', 'agency']);
    expect(list.map((i) => i.id)).toEqual(ISSUER_LEVELS.map((l) => issuerId(kominfo, l)));
    for (const i of list) {
      expect(i).toMatchObject({ institutionId: kominfo, saved: false, govLine: '', officeName: '', paper: null, font: null, marginTop: null, emblem: null, signers: [], updatedAt: 0 });
      expect(i.register).toEqual({ template: '{kode}/{nomor}/{unit}/{tahun}', unit: '', codes: { report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.1', letter: '000.1.2.3', press: '400.14.5.6', sppd: '000.1.2.3' }, perKind: false });
    }
    expect(issuerOf(list, 'regional_head').kop).toEqual({ govLine: '', officeName: 'BUPATI BULELENG', contacts: [], placeOfIssue: '', headTitle: 'Bupati Buleleng' });
    expect(issuerOf(list, 'secretariat').kop).toEqual({ govLine: 'PEMERINTAH KABUPATEN BULELENG', officeName: 'SEKRETARIAT DAERAH', contacts: [], placeOfIssue: '', headTitle: 'Bupati Buleleng' });
    expect(issuerOf(list, 'agency').kop).toEqual({
      govLine: 'PEMERINTAH KABUPATEN BULELENG',
      officeName: KOMINFO.toUpperCase(),
      contacts: [KOMINFO_ADDRESS],
      placeOfIssue: '',
      headTitle: `Kepala ${KOMINFO}`,
    });
    // Reading writes nothing.
    expect(count('SELECT count(*) FROM doc_issuers WHERE institution_id = ?', kominfo)).toBe(0);
    expect(listIssuers(store, kominfo)).toEqual(list);
  });

  it('saving a patch creates the row with the same id and keeps the other fields; the kop jabatan prints no contacts', async () => {
    const kominfo = institution(KOMINFO, '51.08');
    const logged = count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_issuers'`);
    const a = await call<Issuer>('issuers.update', {
      institutionId: kominfo,
      level: 'secretariat',
      patch: { address: 'Jl. Pahlawan No. 1, Singaraja', phone: '(0362) 21985', placeOfIssue: 'Singaraja' },
    });
    expect(a).toMatchObject({ id: issuerId(kominfo, 'secretariat'), saved: true, address: 'Jl. Pahlawan No. 1, Singaraja', phone: '(0362) 21985', placeOfIssue: 'Singaraja' });
    expect(a.kop).toEqual({
      govLine: 'PEMERINTAH KABUPATEN BULELENG',
      officeName: 'SEKRETARIAT DAERAH',
      contacts: ['Jl. Pahlawan No. 1, Singaraja', 'Telepon (0362) 21985'],
      placeOfIssue: 'Singaraja',
      headTitle: 'Bupati Buleleng',
    });
    const b = await call<Issuer>('issuers.update', {
      institutionId: kominfo,
      level: 'secretariat',
      patch: { email: 'setda@bulelengkab.go.id', marginLeft: 35, register: { template: '{kode}/{nomor}/{unit}/{bulan}/{tahun}', unit: 'Setda' } },
    });
    expect(b).toMatchObject({ id: a.id, address: a.address, phone: a.phone, placeOfIssue: 'Singaraja', email: 'setda@bulelengkab.go.id', marginLeft: 35, marginTop: null });
    expect(b.register).toMatchObject({ template: '{kode}/{nomor}/{unit}/{bulan}/{tahun}', unit: 'Setda', perKind: false });
    expect(b.kop.contacts).toEqual(['Jl. Pahlawan No. 1, Singaraja', 'Telepon (0362) 21985, Surel setda@bulelengkab.go.id']);
    expect(store.db.prepare('SELECT id FROM doc_issuers WHERE institution_id = ?').pluck().all(kominfo)).toEqual([a.id]);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_issuers'`)).toBeGreaterThan(logged);

    // The others are still made from the region.
    const list = listIssuers(store, kominfo);
    expect(issuerOf(list, 'agency').saved).toBe(false);
    expect(issuerOf(list, 'secretariat')).toEqual(b);
    // The kop jabatan never prints an address, whatever was typed.
    const kd = await call<Issuer>('issuers.update', { institutionId: kominfo, level: 'regional_head', patch: { address: 'Jl. Pahlawan No. 1', phone: '(0362) 1', website: 'bulelengkab.go.id' } });
    expect(kd.kop).toMatchObject({ officeName: 'BUPATI BULELENG', contacts: [], govLine: '' });
    // A line the user typed wins over the region.
    const pd = await call<Issuer>('issuers.update', { institutionId: kominfo, level: 'agency', patch: { officeName: 'Dinas Kominfosanti' } });
    expect(pd.kop).toMatchObject({ govLine: 'PEMERINTAH KABUPATEN BULELENG', officeName: 'DINAS KOMINFOSANTI' });
  });

  it('refuses a bad e-mail, margin or template naming the field, and writes nothing', async () => {
    const kominfo = institution(KOMINFO, '51.08');
    await call('issuers.update', { institutionId: kominfo, level: 'agency', patch: { placeOfIssue: 'Singaraja' } });
    const saved = listIssuers(store, kominfo);
    const rows = count('SELECT count(*) FROM doc_issuers');
    const logged = count('SELECT count(*) FROM change_log');
    const key = (level: IssuerLevel, patch: Record<string, unknown>) => refused('issuers.update', { institutionId: kominfo, level, patch });
    expect(await key('agency', { email: 'kominfo at buleleng' })).toMatchObject({ code: 'VALIDATION', field: 'patch.email', key: 'validation.email' });
    expect(await key('secretariat', { placeOfIssue: 'Singaraja', marginTop: 2 })).toMatchObject({ code: 'VALIDATION', field: 'patch.marginTop', key: 'documents.validation.marginRange' });
    expect(await key('secretariat', { marginRight: 61 })).toMatchObject({ field: 'patch.marginRight', key: 'documents.validation.marginRange' });
    expect(await key('regional_head', { paper: 'Letter' })).toMatchObject({ field: 'patch.paper', key: 'validation.invalidChoice' });
    expect(await key('agency', { register: { template: '{kode}/{tahun}' } })).toMatchObject({
      field: 'patch.register.template',
      key: 'documents.validation.templateNeedsNumber',
    });
    expect(await key('agency', { register: { template: '{nomor}/{year}' } })).toMatchObject({
      field: 'patch.register.template',
      key: 'documents.validation.templateUnknownToken',
    });
    expect(await key('agency', {})).toMatchObject({ code: 'VALIDATION', key: 'validation.emptyPatch' });
    expect(await refused('issuers.update', { institutionId: kominfo, level: 'dinas', patch: { phone: '1' } })).toMatchObject({ field: 'level', key: 'validation.invalidChoice' });
    expect(count('SELECT count(*) FROM doc_issuers')).toBe(rows);
    expect(count('SELECT count(*) FROM change_log')).toBe(logged);
    expect(listIssuers(store, kominfo)).toEqual(saved);
  });

  it('an unknown or removed institution is NOT_FOUND naming institutionId, and nothing is written', async () => {
    const ghost = '0199a000-0000-7000-8000-00000000dead';
    const notFound = { code: 'NOT_FOUND', field: 'institutionId', key: 'errors.institutionNotFound' };
    // A new database holds no issuer row: issuers are made from the region until saved.
    expect(store.db.prepare('SELECT institution_id FROM doc_issuers').pluck().all()).toEqual([]);
    expect(await refused('issuers.list', { institutionId: ghost })).toMatchObject(notFound);
    expect(await refused('issuers.update', { institutionId: ghost, level: 'secretariat', patch: { phone: '1' } })).toMatchObject(notFound);
    expect(await refused('issuers.setEmblem', { institutionId: ghost, level: 'secretariat', fileName: 'a.png', imageBase64: png(4, 4).toString('base64') })).toMatchObject(notFound);
    expect(await refused('signers.create', { institutionId: ghost, level: 'secretariat', seat: 'regional_secretary', name: 'X' })).toMatchObject(notFound);
    const gone = institution('Dinas Lama', '51.08');
    await call('institutions.delete', { id: gone });
    expect(await refused('issuers.update', { institutionId: gone, level: 'agency', patch: { phone: '1' } })).toMatchObject(notFound);
    expect(count('SELECT count(*) FROM doc_issuers')).toBe(0);
    expect(count('SELECT count(*) FROM doc_signers')).toBe(0);
    expect(count('SELECT count(*) FROM blobs')).toBe(0);
  });
});

describe('the kop image', () => {
  it('keeps a PNG or JPEG by its bytes; the Setda shows the Perangkat Daerah’s emblem, the Kepala Daerah never borrows one', async () => {
    const w = await buleleng();
    const lambang = png(120, 150);
    const setEmblem = (level: IssuerLevel, fileName: string, bytes: Buffer) =>
      call<Issuer>('issuers.setEmblem', { institutionId: w.kominfo, level, fileName, imageBase64: bytes.toString('base64') });
    const pd = await setEmblem('agency', 'lambang-buleleng.png', lambang);
    expect(pd.emblem).toMatchObject({ fileName: 'lambang-buleleng.png', mime: 'image/png', width: 120, height: 150 });
    expect(pd.emblem?.dataUrl).toBe(`data:image/png;base64,${lambang.toString('base64')}`);
    let list = listIssuers(store, w.kominfo);
    expect(issuerOf(list, 'secretariat').emblem).toEqual(pd.emblem);
    expect(issuerOf(list, 'regional_head').emblem).toBeNull();
    expect(count(`SELECT count(*) FROM blobs WHERE mime = 'image/png'`)).toBe(1);

    // Documents get the bytes: the Setda's kop borrows them, the kop jabatan does not.
    let data = gatherDocData(store, w.tripId, '2025-04-28');
    expect(Buffer.from(data.issuers.agency.emblem!.bytes).equals(lambang)).toBe(true);
    expect(Buffer.from(data.issuers.secretariat.emblem!.bytes).equals(lambang)).toBe(true);
    expect(data.issuers.regional_head.emblem).toBeNull();
    expect(data.signing.spt.issuer.level).toBe('regional_head');
    const spt = readDocx(buildDocx('spt', data).bytes);
    expect(spt.media).toEqual([]);
    expect(headerText(buildDocx('spt', data).bytes)).toContain('Lambang Garuda');
    expect(readiness(data).gaps.find((g) => g.code === 'noGaruda')?.kinds).toContain('spt');

    // The Setda's own JPEG; the Perangkat Daerah keeps its PNG.
    const jpeg = media('photo-1600x1200.jpg');
    const setda = await setEmblem('secretariat', 'lambang-setda.jpg', jpeg);
    expect(setda.emblem).toMatchObject({ fileName: 'lambang-setda.jpg', mime: 'image/jpeg', width: 1600, height: 1200 });
    list = listIssuers(store, w.kominfo);
    expect(issuerOf(list, 'agency').emblem).toMatchObject({ fileName: 'lambang-buleleng.png', mime: 'image/png' });

    // The Garuda is the Kepala Daerah's alone.
    const garuda = png(200, 210, 0x80);
    const kd = await setEmblem('regional_head', 'garuda.png', garuda);
    expect(kd.emblem).toMatchObject({ fileName: 'garuda.png', width: 200, height: 210 });
    list = listIssuers(store, w.kominfo);
    expect(issuerOf(list, 'secretariat').emblem?.fileName).toBe('lambang-setda.jpg');
    expect(issuerOf(list, 'agency').emblem?.fileName).toBe('lambang-buleleng.png');
    data = gatherDocData(store, w.tripId, '2025-04-28');
    expect(Buffer.from(data.issuers.regional_head.emblem!.bytes).equals(garuda)).toBe(true);
    expect(readiness(data).gaps.map((g) => g.code)).not.toContain('noGaruda');
    expect(readDocx(buildDocx('spt', data).bytes).media).toHaveLength(1);

    // Cleared: a Perangkat Daerah without its own shows the Setda's; the Kepala Daerah is left with none.
    const clear = (level: IssuerLevel) => call<Issuer>('issuers.clearEmblem', { institutionId: w.kominfo, level });
    expect((await clear('agency')).emblem?.fileName).toBe('lambang-setda.jpg');
    expect((await clear('regional_head')).emblem).toBeNull();
    list = listIssuers(store, w.kominfo);
    expect(issuerOf(list, 'regional_head').emblem).toBeNull();
    expect(issuerOf(list, 'secretariat').emblem?.fileName).toBe('lambang-setda.jpg');
    await clear('secretariat');
    expect(listIssuers(store, w.kominfo).map((i) => i.emblem)).toEqual([null, null, null]);
    // Clearing an issuer never saved creates nothing.
    const other = institution('Badan Perencanaan Pembangunan Daerah', '51.08');
    expect((await call<Issuer>('issuers.clearEmblem', { institutionId: other, level: 'secretariat' })).saved).toBe(false);
    expect(count('SELECT count(*) FROM doc_issuers WHERE institution_id = ?', other)).toBe(0);
  });

  it('refuses bytes that are not a whole PNG/JPEG, too many pixels or too many bytes, naming imageBase64', async () => {
    const kominfo = institution(KOMINFO, '51.08');
    await call('issuers.setEmblem', { institutionId: kominfo, level: 'agency', fileName: 'lambang.png', imageBase64: png(10, 10).toString('base64') });
    const blobs = count('SELECT count(*) FROM blobs');
    const tries: Array<[Buffer, string]> = [
      [Buffer.from('GIF89a not really'), 'documents.validation.emblemType'],
      [media('copy.pdf'), 'documents.validation.emblemType'],
      [media('truncated.jpg'), 'documents.validation.emblemType'],
      [png(10, 10).subarray(0, 40), 'documents.validation.emblemType'],
      [png(2001, 4), 'documents.validation.emblemDimensions'],
      [media('too-big-2000x1000.jpg'), ''],
    ];
    for (const [bytes, key] of tries) {
      const r = await dispatch('issuers.setEmblem', { institutionId: kominfo, level: 'regional_head', fileName: 'x.png', imageBase64: bytes.toString('base64') });
      if (key === '') {
        expect(r.ok).toBe(true); // 2000 px is still allowed
        continue;
      }
      expect(r, key).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'imageBase64', key } });
    }
    // Over 3 MB: a JPEG padded with a comment segment.
    const base = media('photo-1600x1200.jpg');
    const pad: Buffer[] = [];
    for (let i = 0; i < 50; i++) pad.push(Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.alloc(65_533));
    const big = Buffer.concat([base.subarray(0, 2), ...pad, base.subarray(2)]);
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const tooBig = await dispatch('issuers.setEmblem', { institutionId: kominfo, level: 'secretariat', fileName: 'besar.jpg', imageBase64: big.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { field: 'imageBase64', key: 'documents.validation.emblemTooBig' } });
    expect(count('SELECT count(*) FROM blobs')).toBe(blobs + 1); // only the 2000 px JPEG
    // Refused images created no issuer row either: the Setda was never saved.
    expect(issuerOf(listIssuers(store, kominfo), 'secretariat').saved).toBe(false);
    expect(issuerOf(listIssuers(store, kominfo), 'regional_head').emblem).toMatchObject({ mime: 'image/jpeg', width: 2000, height: 1000 });
  });
});

// ——— Signers ———

describe('signers', () => {
  it('creates, updates, removes and restores a signer, in the issuer’s order', async () => {
    const kominfo = institution(KOMINFO, '51.08');
    const sekda = await call<Signer>('signers.create', {
      institutionId: kominfo,
      level: 'secretariat',
      seat: 'regional_secretary',
      jabatan: 'Sekretaris Daerah',
      name: 'Gede Suyasa',
      pangkat: 'Pembina Utama Madya (IV/d)',
      nip: '19690319 199603 1 001',
    });
    expect(sekda).toMatchObject({ issuerId: issuerId(kominfo, 'secretariat'), seat: 'regional_secretary', name: 'Gede Suyasa', nip: '196903191996031001', acting: '', personId: null });
    const asisten = await call<Signer>('signers.create', { institutionId: kominfo, level: 'secretariat', seat: 'assistant', jabatan: 'Asisten Pemerintahan dan Kesra', name: 'Putu Karuna', acting: 'plt' });
    let setda = issuerOf(listIssuers(store, kominfo), 'secretariat');
    expect(setda.saved).toBe(true);
    expect(setda.signers.map((s) => s.id)).toEqual([sekda.id, asisten.id]);

    const updated = await call<Signer>('signers.update', { id: sekda.id, patch: { acting: 'plh', name: 'Ir. Gede Suyasa, M.Si.' } });
    expect(updated).toMatchObject({ id: sekda.id, acting: 'plh', name: 'Ir. Gede Suyasa, M.Si.', jabatan: 'Sekretaris Daerah', pangkat: 'Pembina Utama Madya (IV/d)', nip: '196903191996031001' });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(sekda.updatedAt);

    expect(await call('signers.remove', { id: sekda.id })).toEqual({ id: sekda.id });
    setda = issuerOf(listIssuers(store, kominfo), 'secretariat');
    expect(setda.signers.map((s) => s.id)).toEqual([asisten.id]);
    const gone = { code: 'NOT_FOUND', field: 'id', key: 'issuers.errors.signerNotFound' };
    expect(await refused('signers.remove', { id: sekda.id })).toMatchObject(gone);
    expect(await refused('signers.update', { id: sekda.id, patch: { name: 'X' } })).toMatchObject(gone);

    const back = await call<Signer>('signers.restore', { id: sekda.id });
    expect(back).toEqual({ ...updated, updatedAt: back.updatedAt });
    expect(issuerOf(listIssuers(store, kominfo), 'secretariat').signers.map((s) => s.id)).toEqual([sekda.id, asisten.id]);
    expect(await refused('signers.restore', { id: '0199a000-0000-7000-8000-00000000dead' })).toMatchObject(gone);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_signers' AND row_id = ?`, sekda.id)).toBeGreaterThanOrEqual(4);
  });

  it('refuses a bad NIP naming nip and an unknown person naming personId, writing nothing', async () => {
    const kominfo = institution(KOMINFO, '51.08');
    const base = { institutionId: kominfo, level: 'agency', seat: 'agency_head', jabatan: `Kepala ${KOMINFO}`, name: 'Ketut Suwarmawan' };
    for (const nip of ['12345', '1970031219950310041', '19700312-199503-1-004', 'NIP 197003121995031004']) {
      expect(await refused('signers.create', { ...base, nip }), nip).toMatchObject({ code: 'VALIDATION', field: 'nip', key: 'issuers.validation.nip' });
    }
    const ghost = '0199a000-0000-7000-8000-00000000dead';
    expect(await refused('signers.create', { ...base, personId: ghost })).toMatchObject({ code: 'NOT_FOUND', field: 'personId', key: 'errors.personNotFound' });
    const removed = person({ kind: 'official', name: 'Pejabat Lama', employment: 'pns' });
    await call('people.delete', { id: removed });
    expect(await refused('signers.create', { ...base, personId: removed })).toMatchObject({ field: 'personId', key: 'errors.personNotFound' });
    expect(await refused('signers.create', { ...base, seat: 'bupati' })).toMatchObject({ field: 'seat', key: 'validation.invalidChoice' });
    expect(count('SELECT count(*) FROM doc_signers')).toBe(0);
    expect(count('SELECT count(*) FROM doc_issuers WHERE institution_id IS NOT NULL')).toBe(0);

    const ok = await call<Signer>('signers.create', { ...base, nip: '197003121995031004' });
    expect(await refused('signers.update', { id: ok.id, patch: { nip: '1234' } })).toMatchObject({ code: 'VALIDATION', field: 'patch.nip', key: 'issuers.validation.nip' });
    const err = await refused('signers.update', { id: ok.id, patch: { personId: ghost } });
    expect(err).toMatchObject({ code: 'NOT_FOUND', key: 'errors.personNotFound' });
    expect(err.field).toMatch(/(^|\.)personId$/);
    expect(await call<Signer>('signers.update', { id: ok.id, patch: { name: 'Drs. Ketut Suwarmawan, M.Si.' } })).toMatchObject({ nip: '197003121995031004', personId: null });
    expect(count('SELECT count(*) FROM doc_signers')).toBe(1);
  });
});

// ——— Signing ———

describe('who issues and signs a trip’s documents', () => {
  it('resolves the Buleleng → Kota Malang SPT to the Kepala Daerah and its Bupati', async () => {
    const w = await buleleng();
    const s = await call<TripSigning>('signing.get', { tripId: w.tripId });
    expect(s.issuers.map((i) => i.id)).toEqual(ISSUER_LEVELS.map((l) => issuerId(w.kominfo, l)));
    const spt = s.docs.spt;
    expect(spt).toMatchObject({ kind: 'spt', level: 'regional_head', form: 'own', above: [], defaults: { level: true, signer: true, form: true }, warnings: [] });
    expect(spt.issuer).toMatchObject({ id: issuerId(w.kominfo, 'regional_head'), kop: { officeName: 'BUPATI BULELENG', contacts: [] } });
    expect(spt.signer).toMatchObject({ id: w.signers.bupati.id, seat: 'regional_head', jabatan: 'Bupati Buleleng', name: 'dr. I Nyoman Sutjidra, Sp.OG.', rank: 100 });
    // The journalists' letter: the Kepala Dinas may assign them.
    expect(s.docs.spt_non_asn).toMatchObject({ level: 'agency', signer: { id: w.signers.kepalaDinas.id }, warnings: [] });
    // The report is signed by the lead as the trip keeps him; nobody below him gives "Mengetahui".
    expect(s.docs.report.signer).toMatchObject({ id: null, name: 'Gede Supriatna, S.H.', jabatan: 'Wakil Bupati Buleleng', rank: 95 });
    expect(s.docs.report.acknowledge).toBeNull();
    // A Dinas writes to a Dinas.
    expect(s.docs.letter).toMatchObject({ level: 'agency', signer: { id: w.signers.kepalaDinas.id } });
    expect(tripSigning(store, w.tripId)).toEqual(s);

    const data = gatherDocData(store, w.tripId, '2025-04-20');
    expect(data.signing.spt.issuer.kop.officeName).toBe('BUPATI BULELENG');
    expect(data.signing.spt.signer?.name).toBe('dr. I Nyoman Sutjidra, Sp.OG.');
    const text = readDocx(buildDocx('spt', data).bytes).text;
    expect(text).toContain('dr. I Nyoman Sutjidra, Sp.OG.');
    expect(text).not.toContain('a.n. BUPATI');
  });

  it('choosing the Setda warns that the Wakil Bupati outranks the Sekda and suggests the Bupati', async () => {
    const w = await buleleng();
    const s = await call<TripSigning>('signing.update', { tripId: w.tripId, kind: 'spt', patch: { level: 'secretariat' } });
    const spt = s.docs.spt;
    expect(spt).toMatchObject({ level: 'secretariat', form: 'an', above: ['a.n. BUPATI BULELENG'], defaults: { level: false, signer: true, form: true } });
    expect(spt.issuer.id).toBe(issuerId(w.kominfo, 'secretariat'));
    expect(spt.signer).toMatchObject({ id: w.signers.sekda.id, name: 'Gede Suyasa', rank: 80 });
    expect(spt.warnings).toContainEqual({
      code: 'signerOutranked',
      names: 'Gede Supriatna, S.H.',
      count: 1,
      suggestedSignerId: w.signers.bupati.id,
      suggestedLevel: 'regional_head',
    });
    expect(store.db.prepare(`SELECT id, level FROM trip_doc_choices WHERE deleted_at IS NULL`).all()).toEqual([{ id: docChoiceId(w.tripId, 'spt'), level: 'secretariat' }]);
    const gap = readiness(gatherDocData(store, w.tripId, '2025-04-20')).gaps.find((g) => g.code === 'signerOutranked');
    expect(gap).toMatchObject({ kinds: ['spt'], severity: 'warning', params: { names: 'Gede Supriatna, S.H.', count: 1 } });

    // Choosing the Kepala Dinas himself: still outranked, the same suggestion.
    const pd = await call<TripSigning>('signing.update', { tripId: w.tripId, kind: 'spt', patch: { signerId: w.signers.kepalaDinas.id } });
    expect(pd.docs.spt.signer?.id).toBe(w.signers.kepalaDinas.id);
    expect(pd.docs.spt.warnings.find((x) => x.code === 'signerOutranked')).toMatchObject({ suggestedSignerId: w.signers.bupati.id });
  });

  it('refuses a signer of another institution’s issuer naming patch.signerId; signing.reset brings the default back', async () => {
    const w = await buleleng();
    const gianyar = institution('Dinas Komunikasi dan Informatika', '51.04');
    const other = await call<Signer>('signers.create', { institutionId: gianyar, level: 'regional_head', seat: 'regional_head', jabatan: 'Bupati Gianyar', name: 'I Made Mahayastra' });
    await call('signing.update', { tripId: w.tripId, kind: 'spt', patch: { level: 'secretariat' } });
    const choices = () => store.db.prepare(`SELECT * FROM trip_doc_choices ORDER BY id`).all();
    const before = choices();
    const notOfTrip = { code: 'VALIDATION', field: 'patch.signerId', key: 'issuers.errors.signerNotOfTrip' };
    expect(await refused('signing.update', { tripId: w.tripId, kind: 'spt', patch: { signerId: other.id } })).toMatchObject(notOfTrip);
    expect(await refused('signing.update', { tripId: w.tripId, kind: 'letter', patch: { signerId: '0199a000-0000-7000-8000-00000000dead' } })).toMatchObject(notOfTrip);
    expect(await refused('signing.update', { tripId: w.tripId, kind: 'report', patch: { acknowledge: other.id } })).toMatchObject({
      field: 'patch.acknowledge',
      key: 'issuers.errors.signerNotOfTrip',
    });
    // A removed signer of the trip's own issuers is no longer a choice.
    await call('signers.remove', { id: w.signers.sekda.id });
    expect(await refused('signing.update', { tripId: w.tripId, kind: 'spt', patch: { signerId: w.signers.sekda.id } })).toMatchObject(notOfTrip);
    expect(await refused('signing.update', { tripId: w.tripId, kind: 'spt', patch: { form: 'atas nama' } })).toMatchObject({ field: 'patch.form', key: 'validation.invalidChoice' });
    expect(await refused('signing.update', { tripId: '0199a000-0000-7000-8000-00000000dead', kind: 'spt', patch: { level: 'secretariat' } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'tripId',
    });
    expect(choices()).toEqual(before);
    await call('signers.restore', { id: w.signers.sekda.id });

    const reset = await call<TripSigning>('signing.reset', { tripId: w.tripId, kind: 'spt' });
    expect(reset.docs.spt).toMatchObject({ level: 'regional_head', form: 'own', signer: { id: w.signers.bupati.id }, defaults: { level: true, signer: true, form: true }, warnings: [] });
    expect(count(`SELECT count(*) FROM trip_doc_choices WHERE deleted_at IS NULL`)).toBe(0);
    // Choosing again revives the same row.
    await call('signing.update', { tripId: w.tripId, kind: 'spt', patch: { form: 'own', level: 'secretariat' } });
    expect(store.db.prepare(`SELECT id FROM trip_doc_choices`).pluck().all()).toEqual([docChoiceId(w.tripId, 'spt')]);
  });
});

// ——— Numbers ———

describe('the register of numbers', () => {
  let kominfo: string;
  beforeEach(() => {
    kominfo = institution(KOMINFO, '51.08');
  });

  it('runs one sequence per issuer and year, shared by the report, the SPT and the letter', async () => {
    await call('issuers.update', {
      institutionId: kominfo,
      level: 'agency',
      patch: { register: { template: '{kode}/{nomor}/{unit}/{bulan}/{tahun}', unit: 'Kominfosanti' } },
    });
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    let n = tripNumbers(store, a, '2025-04-20');
    expect(n.issued).toEqual({});
    expect(n.suggested).toEqual({
      report: '000.1.2.3/1/Kominfosanti/IV/2025',
      spt: '800.1.11.1/1/Kominfosanti/IV/2025',
      spt_non_asn: '800.1.11.1/1/Kominfosanti/IV/2025',
      letter: '000.1.2.3/1/Kominfosanti/IV/2025',
      press: '400.14.5.6/1/Kominfosanti/IV/2025',
      sppd: '000.1.2.3/1/Kominfosanti/IV/2025',
    });
    const report = issue(a, 'report', '2025-04-28');
    const spt = issue(a, 'spt', '2025-04-21');
    const letter = issue(a, 'letter', '2025-03-10');
    expect([report, spt, letter].map((x) => [x.seq, x.number])).toEqual([
      [1, '000.1.2.3/1/Kominfosanti/IV/2025'],
      [2, '800.1.11.1/2/Kominfosanti/IV/2025'],
      [3, '000.1.2.3/3/Kominfosanti/III/2025'],
    ]);
    // The report and the letter share a code, never a number.
    expect(letter.number).not.toBe(report.number);
    for (const x of [report, spt, letter]) expect(x).toMatchObject({ tripId: a, issuerId: issuerId(kominfo, 'agency'), year: 2025, clash: false });

    const b = trip('Studi Banding ke Gianyar', '2025-06-02', '2025-06-03', kominfo);
    n = tripNumbers(store, b, '2025-05-20');
    expect(n.suggested).toEqual({
      report: '000.1.2.3/4/Kominfosanti/V/2025',
      spt: '800.1.11.1/4/Kominfosanti/V/2025',
      spt_non_asn: '800.1.11.1/4/Kominfosanti/V/2025',
      letter: '000.1.2.3/4/Kominfosanti/V/2025',
      press: '400.14.5.6/4/Kominfosanti/V/2025',
      sppd: '000.1.2.3/4/Kominfosanti/V/2025',
    });
    expect(issue(b, 'spt', '2025-05-28')).toMatchObject({ seq: 4, number: '800.1.11.1/4/Kominfosanti/V/2025' });
    expect(issue(b, 'spt_non_asn', '2025-05-28')).toMatchObject({ seq: 5, number: '800.1.11.1/5/Kominfosanti/V/2025' });

    // Another issuer of the same institution keeps its own register.
    const c = trip('Kunjungan Kerja ke Kabupaten Banyuwangi', '2025-07-01', '2025-07-02', kominfo);
    await call('signing.update', { tripId: c, kind: 'spt', patch: { level: 'secretariat' } });
    expect(issue(c, 'spt', '2025-06-30')).toMatchObject({ seq: 1, issuerId: issuerId(kominfo, 'secretariat'), number: '800.1.11.1/1/2025' });
    expect(issue(c, 'report', '2025-07-03')).toMatchObject({ seq: 6, issuerId: issuerId(kominfo, 'agency') });
    // Another office, its own register.
    const gianyar = institution('Dinas Komunikasi dan Informatika', '51.04');
    const g = trip('Studi Komparasi ke Kota Surabaya', '2025-04-24', '2025-04-25', gianyar);
    expect(issue(g, 'spt', '2025-04-22')).toMatchObject({ seq: 1, number: '800.1.11.1/1/2025', issuerId: issuerId(gianyar, 'agency') });

    n = tripNumbers(store, a);
    expect(n.issued).toEqual({ report, spt, letter });
    const perIssuer = store.db.prepare(`SELECT issuer_id, count(*) AS n, count(DISTINCT number) AS distinctNumbers FROM doc_numbers GROUP BY issuer_id`).all() as Array<{
      n: number;
      distinctNumbers: number;
    }>;
    for (const r of perIssuer) expect(r.distinctNumbers).toBe(r.n);
  });

  it('keeps one sequence per kind when the register says perKind', async () => {
    await call('issuers.update', {
      institutionId: kominfo,
      level: 'agency',
      patch: { register: { template: '{kode}/{nomor}/{tahun}', codes: { report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.2', letter: '000.1.2.1' }, perKind: true } },
    });
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    const b = trip('Studi Banding ke Gianyar', '2025-06-02', '2025-06-03', kominfo);
    expect(['report', 'spt', 'spt_non_asn', 'letter'].map((k) => issue(a, k as NumberedKind, '2025-04-21').number)).toEqual([
      '000.1.2.3/1/2025',
      '800.1.11.1/1/2025',
      '800.1.11.2/1/2025',
      '000.1.2.1/1/2025',
    ]);
    // A register saved without the press code gets its default; per kind, the release runs its own sequence.
    expect(tripNumbers(store, b, '2025-05-20').suggested).toEqual({ report: '000.1.2.3/2/2025', spt: '800.1.11.1/2/2025', spt_non_asn: '800.1.11.2/2/2025', letter: '000.1.2.1/2/2025', press: '400.14.5.6/1/2025', sppd: '000.1.2.3/2/2025' });
    expect(issue(b, 'spt', '2025-05-30')).toMatchObject({ seq: 2, number: '800.1.11.1/2/2025' });
    expect(issue(b, 'letter', '2025-05-30')).toMatchObject({ seq: 2, number: '000.1.2.1/2/2025' });

    // The default codes give the report and the letter one code: per kind, the letter skips past the report's number.
    const bappeda = institution('Badan Perencanaan Pembangunan Daerah', '51.08');
    await call('issuers.update', { institutionId: bappeda, level: 'agency', patch: { register: { template: '{kode}/{nomor}/{tahun}', perKind: true } } });
    const c = trip('Kunjungan Kerja ke Kabupaten Banyuwangi', '2025-09-02', '2025-09-03', bappeda);
    const d = trip('Kunjungan Kerja ke Kota Denpasar', '2025-09-10', '2025-09-10', bappeda);
    expect(issue(c, 'report', '2025-09-04')).toMatchObject({ seq: 1, number: '000.1.2.3/1/2025' });
    expect(issue(d, 'letter', '2025-09-01')).toMatchObject({ seq: 2, number: '000.1.2.3/2/2025' });
    expect(issue(d, 'report', '2025-09-11')).toMatchObject({ seq: 3, number: '000.1.2.3/3/2025' });
    expect(issue(c, 'spt', '2025-09-01')).toMatchObject({ seq: 1, number: '800.1.11.1/1/2025' });
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(count('SELECT count(DISTINCT issuer_id || number) FROM doc_numbers'));
  });

  it('refuses a typed number already in the register, a cleared one included, with CONFLICT naming number, writing nothing', async () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    const b = trip('Studi Banding ke Gianyar', '2025-06-02', '2025-06-03', kominfo);
    const typed = issue(a, 'letter', '2025-04-10', { number: '000.1.2.3/4461/107.1/2025' });
    expect(typed).toMatchObject({ number: '000.1.2.3/4461/107.1/2025', seq: 0, year: 2025 });
    const running = issue(a, 'spt', '2025-04-21');
    expect(running).toMatchObject({ seq: 1, number: '800.1.11.1/1/2025' });

    const rows = count('SELECT count(*) FROM doc_numbers');
    const logged = count('SELECT count(*) FROM change_log');
    const conflict = (number: string) => ({ code: 'CONFLICT', field: 'number', key: 'documents.validation.numberTaken', params: { number, trip: 'Studi Komparasi ke Kota Malang' } });
    expect(await refused('numbers.issue', { tripId: b, kind: 'spt', issuedOn: '2025-05-28', number: '000.1.2.3/4461/107.1/2025' })).toMatchObject(conflict('000.1.2.3/4461/107.1/2025'));
    expect(await refused('numbers.issue', { tripId: b, kind: 'report', issuedOn: '2025-06-04', number: ' 800.1.11.1/1/2025 ' })).toMatchObject(conflict('800.1.11.1/1/2025'));
    expect(() => issue(b, 'letter', '2025-05-20', { number: '800.1.11.1/1/2025' })).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'number' }));

    // Cleared: still in the register.
    clearNumber(store, { tripId: a, kind: 'letter' });
    expect(await refused('numbers.issue', { tripId: b, kind: 'letter', issuedOn: '2025-05-20', number: '000.1.2.3/4461/107.1/2025' })).toMatchObject({ code: 'CONFLICT', field: 'number' });
    expect(() => issue(a, 'letter', '2025-04-10', { number: '000.1.2.3/4461/107.1/2025' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(rows);
    expect(count('SELECT count(*) FROM change_log')).toBe(logged + 1); // the clearing only
    expect(tripNumbers(store, b).issued).toEqual({});

    // Another office's register may hold the same text.
    const gianyar = institution('Dinas Komunikasi dan Informatika', '51.04');
    const g = trip('Studi Komparasi ke Kota Surabaya', '2025-04-24', '2025-04-25', gianyar);
    expect(issue(g, 'letter', '2025-04-10', { number: '000.1.2.3/4461/107.1/2025' })).toMatchObject({ issuerId: issuerId(gianyar, 'agency') });
    // A typed number that reads like the next running one is skipped by the sequence.
    issue(b, 'letter', '2025-05-20', { number: '800.1.11.1/2/2025' });
    expect(tripNumbers(store, b, '2025-05-28', '2025-05-28').suggested.report).toBe('000.1.2.3/2/2025');
    expect(issue(b, 'spt', '2025-05-28')).toMatchObject({ seq: 3, number: '800.1.11.1/3/2025' });
    expect(issue(b, 'report', '2025-06-04').number).toBe('000.1.2.3/4/2025');
  });

  it('previews the number issuing gives, also when a typed number reads like the next running one', () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    issue(a, 'letter', '2025-04-10', { number: '800.1.11.1/1/2025' });
    const preview = tripNumbers(store, a, '2025-04-21', '2025-04-21').suggested.spt;
    expect(preview).toBe('800.1.11.1/2/2025');
    expect(issue(a, 'spt', '2025-04-21').number).toBe(preview);
  });

  it('never issues a cleared number again: issuing again gives a new number', () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    const first = issue(a, 'report', '2025-04-28');
    expect(first.seq).toBe(1);
    const after = clearNumber(store, { tripId: a, kind: 'report' });
    expect(after.issued.report).toBeUndefined();
    expect(tripNumbers(store, a, '2025-04-28').suggested.report).toBe('000.1.2.3/2/2025');
    expect(count('SELECT count(*) FROM doc_numbers WHERE deleted_at IS NOT NULL')).toBe(1);
    const second = issue(a, 'report', '2025-04-28');
    expect(second).toMatchObject({ seq: 2, number: '000.1.2.3/2/2025' });
    expect(second.id).not.toBe(first.id);
    clearNumber(store, { tripId: a, kind: 'report' });
    // The next document of any kind goes on from there.
    expect(issue(a, 'spt', '2025-04-21').number).toBe('800.1.11.1/3/2025');
    expect(issue(a, 'report', '2025-04-28').number).toBe('000.1.2.3/4/2025');
    expect(store.db.prepare(`SELECT number FROM doc_numbers ORDER BY seq`).pluck().all()).toEqual(['000.1.2.3/1/2025', '000.1.2.3/2/2025', '800.1.11.1/3/2025', '000.1.2.3/4/2025']);
  });

  it('two connections to one database file, issuing interleaved, never produce a duplicate', async () => {
    const second = await openDatabase(t.path);
    const other = createStore(second.db);
    try {
      const stores = [store, other];
      const trips = Array.from({ length: 30 }, (_, i) => trip(`Kunjungan ${i + 1}`, '2025-05-10', '2025-05-11', kominfo, stores[i % 2]));
      const kinds: NumberedKind[] = ['spt', 'report', 'letter', 'spt_non_asn'];
      let turn = 0;
      for (const tripId of trips) {
        for (const kind of kinds) {
          const here = stores[turn % 2] as Store;
          const there = stores[(turn + 1) % 2] as Store;
          turn += 1;
          // What the other window previews is what this one issues.
          const preview = tripNumbers(there, tripId, '2025-05-01', '2025-05-01').suggested[kind];
          const n = issue(tripId, kind, '2025-05-01', { store: here });
          expect(n.number).toBe(preview);
        }
      }
      const stats = other.db.prepare(`SELECT count(*) AS n, count(DISTINCT number) AS d, min(seq) AS lo, max(seq) AS hi FROM doc_numbers WHERE issuer_id = ?`).get(issuerId(kominfo, 'agency'));
      expect(stats).toEqual({ n: 120, d: 120, lo: 1, hi: 120 });
      expect(count('SELECT count(*) FROM doc_numbers')).toBe(count('SELECT count(DISTINCT number) FROM doc_numbers'));
    } finally {
      second.db.close();
    }
  });

  it('dates a number by default: the SPT and letter the day before the start (today when earlier), the report today', () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    expect(tripNumbers(store, a, '2025-04-10').defaultDates).toEqual({ report: '2025-04-10', spt: '2025-04-10', spt_non_asn: '2025-04-10', letter: '2025-04-10', press: '2025-04-10', sppd: '2025-04-10' });
    // The press release is dated the day it goes out.
    expect(tripNumbers(store, a, '2025-04-24').defaultDates).toEqual({ report: '2025-04-24', spt: '2025-04-23', spt_non_asn: '2025-04-23', letter: '2025-04-23', press: '2025-04-24', sppd: '2025-04-23' });
    expect(issue(a, 'spt', undefined, { today: '2025-04-10' }).issuedOn).toBe('2025-04-10');
    expect(issue(a, 'letter', undefined, { today: '2025-04-24' }).issuedOn).toBe('2025-04-23');
    expect(issue(a, 'spt_non_asn', undefined, { today: '2025-05-02' }).issuedOn).toBe('2025-04-23');
    expect(issue(a, 'report', undefined, { today: '2025-04-28' }).issuedOn).toBe('2025-04-28');
    // The year of the number is the year of its date.
    const b = trip('Kunjungan Kerja Awal Tahun', '2026-01-02', '2026-01-03', kominfo);
    expect(issue(b, 'spt', undefined, { today: '2026-01-05' })).toMatchObject({ issuedOn: '2026-01-01', year: 2026, seq: 1, number: '800.1.11.1/1/2026' });
    const c = trip('Kunjungan Kerja Awal Tahun II', '2026-01-01', '2026-01-01', kominfo);
    expect(issue(c, 'spt', undefined, { today: '2026-01-05' })).toMatchObject({ issuedOn: '2025-12-31', year: 2025, seq: 5 });
  });

  it('readiness warns numberDateOutside for an SPT dated after the start and a report dated before the end', () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    const gap = () => readiness(gatherDocData(store, a, '2025-04-28', { photoBytes: false })).gaps.find((g) => g.code === 'numberDateOutside');
    issue(a, 'spt', '2025-04-24');
    expect(gap()).toBeUndefined(); // on the day itself is still in time
    clearNumber(store, { tripId: a, kind: 'spt' });
    issue(a, 'spt', '2025-04-25');
    expect(gap()).toEqual({ code: 'numberDateOutside', kinds: ['spt'], fix: 'documents', severity: 'warning', params: { date: '2025-04-25', rule: 'sptAfterStart' } });
    issue(a, 'report', '2025-04-24');
    expect(gap()).toEqual({ code: 'numberDateOutside', kinds: ['report', 'spt'], fix: 'documents', severity: 'warning', params: { date: '2025-04-24', rule: 'reportBeforeEnd' } });

    const b = trip('Studi Banding ke Gianyar', '2025-06-02', '2025-06-03', kominfo);
    issue(b, 'spt', '2025-05-30');
    issue(b, 'letter', '2025-05-20');
    issue(b, 'report', '2025-06-03');
    expect(readiness(gatherDocData(store, b, '2025-06-05', { photoBytes: false })).gaps.map((g) => g.code)).not.toContain('numberDateOutside');
  });

  it('previews the next number for a chosen date of issue, and issuing on that date gives exactly it', () => {
    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: kominfo, level: 'agency', patch: { register: { template: '{kode}/{nomor}/{bulan}/{tahun}' } } }));
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    issue(a, 'spt', '2025-04-21'); // 2025: seq 1
    const other = trip('Studi Banding ke Gianyar', '2025-12-29', '2025-12-30', kominfo);
    expect(tripNumbers(store, other, '2025-12-01').suggested.spt).toBe('800.1.11.1/2/XII/2025');
    // Issued in January of the next year: the running number starts again, month and year follow the date.
    const preview = tripNumbers(store, other, '2026-01-05', '2026-01-05').suggested.spt;
    expect(preview).toBe('800.1.11.1/1/I/2026');
    expect(issue(other, 'spt', '2026-01-05').number).toBe(preview);
  });

  it('issuing twice gives the same number back; a typed number has seq 0 and leaves the running number alone', () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    const first = issue(a, 'spt', '2025-04-21');
    expect(issue(a, 'spt', '2025-04-22')).toEqual(first);
    expect(issue(a, 'spt', undefined, { number: '800.1.11.1/99/2025' })).toEqual(first);
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(1);
    const typed = issue(a, 'letter', '2025-04-10', { number: '000.1.2.3/4461/107.1/2025' });
    expect(typed).toMatchObject({ seq: 0, year: 2025 });
    expect(tripNumbers(store, a, '2025-04-28').suggested.report).toBe('000.1.2.3/2/2025');
  });

  it('refuses a removed trip and a bad date, through the dispatcher', async () => {
    const a = trip('Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', kominfo);
    expect(await refused('numbers.issue', { tripId: a, kind: 'spt', issuedOn: '2025-02-30' })).toMatchObject({ field: 'issuedOn', key: 'validation.invalidDate' });
    expect(await refused('numbers.issue', { tripId: a, kind: 'kuitansi', issuedOn: '2025-04-21' })).toMatchObject({ field: 'kind', key: 'validation.invalidChoice' });
    deleteTrip(store, a);
    expect(await refused('numbers.issue', { tripId: a, kind: 'spt', issuedOn: '2025-04-21' })).toMatchObject({ code: 'NOT_FOUND', field: 'tripId' });
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(0);
  });

  it('keeps with each number what its document printed about who issued and signed it', async () => {
    const w = await buleleng();
    const n = issue(w.tripId, 'spt', '2025-04-21');
    // The Bupati's SPT is numbered by the Setda's register (domain.md: the Setda numbers what the Kepala Daerah signs) …
    expect(n.issuerId).toBe(issuerId(w.kominfo, 'secretariat'));
    // … which the Setda's own letters share: one running sequence.
    await call('signing.update', { tripId: w.tripId, kind: 'letter', patch: { level: 'secretariat' } });
    expect(issue(w.tripId, 'letter', '2025-04-10')).toMatchObject({ seq: n.seq + 1, issuerId: issuerId(w.kominfo, 'secretariat') });
    const printed = JSON.parse(store.db.prepare(`SELECT issued_as FROM doc_numbers WHERE id = ?`).pluck().get(n.id) as string) as Record<string, unknown>;
    expect(printed).toMatchObject({
      level: 'regional_head',
      kop: { govLine: '', officeName: 'BUPATI BULELENG', contacts: [], placeOfIssue: 'Singaraja' },
      emblemSha256: null,
      signer: { id: w.signers.bupati.id, name: 'dr. I Nyoman Sutjidra, Sp.OG.', jabatan: 'Bupati Buleleng' },
      above: [],
      acknowledge: null,
    });
    const reportLevel = tripSigning(store, w.tripId).docs.report.level;
    const report = issue(w.tripId, 'report', '2025-04-28');
    expect(report.issuerId).toBe(issuerId(w.kominfo, reportLevel));
    const printedReport = JSON.parse(store.db.prepare(`SELECT issued_as FROM doc_numbers WHERE id = ?`).pluck().get(report.id) as string) as Record<string, unknown>;
    // The report's signer is the lead as the trip keeps him: not part of what the number keeps.
    expect(printedReport).toMatchObject({ level: reportLevel, signer: null, above: [] });
  });
});

// ——— History ———

describe('what a trip keeps of its people', () => {
  const memberOf = (d: TripDetail, id: string) => {
    const m = d.members.find((x) => x.id === id);
    if (!m) throw new Error(`no member ${id}`);
    return m;
  };

  /** The Kepala Dinas promoted by a spreadsheet, the Wakil Bupati's title and the host's jabatan edited in the directory. */
  async function editDirectory(w: Awaited<ReturnType<typeof buleleng>>) {
    await call('people.update', { id: w.people.wabup, patch: { titleSuffix: 'S.H., M.H.' } });
    await call('people.update', { id: w.people.host, patch: { jabatan: 'Sekretaris Daerah Kota Malang', nip: '197507152000031003' } });
    await call('people.update', { id: w.people.pers1, patch: { pressCard: '9999-PWI/2025' } });
    const imported = await call<{ updated: number }>('people.importCommit', {
      kind: 'official',
      rows: [['Drs.', 'Ketut Suwarmawan', 'M.Si.', '19700312 199503 1 004', 'Pembina Utama Muda (IV/c)', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Sekretariat Daerah']],
      mapping: { titlePrefix: 0, name: 1, titleSuffix: 2, nip: 3, golongan: 4, jabatan: 5, unit: 6 },
      updateExisting: true,
    });
    expect(imported).toMatchObject({ updated: 1, created: 0 });
  }

  it('leaves the members and host people as they joined when the directory changes, and lists directoryChanges', async () => {
    const w = await buleleng();
    const before = tripDetail(store, w.tripId);
    expect(before.members.every((m) => m.directoryChanges.length === 0 && !m.canUndoRefresh)).toBe(true);
    await editDirectory(w);
    expect(store.db.prepare(`SELECT golongan, jabatan FROM people WHERE id = ?`).get(w.people.kadis)).toEqual({ golongan: 'IV/c', jabatan: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' });

    const after = await call<TripDetail>('trips.detail', { id: w.tripId });
    expect(after.members.map((m) => m.person)).toEqual(before.members.map((m) => ({ ...m.person, updatedAt: expect.any(Number) as number })));
    expect(after.members.map((m) => m.id)).toEqual(before.members.map((m) => m.id));
    expect(memberOf(after, w.members.kadis).person).toMatchObject({ golongan: 'IV/b', jabatan: `Kepala ${KOMINFO}`, unit: 'Dinas Kominfosanti' });
    expect(memberOf(after, w.members.kadis).directoryChanges).toEqual([
      { field: 'golongan', trip: 'IV/b', directory: 'IV/c' },
      { field: 'jabatan', trip: `Kepala ${KOMINFO}`, directory: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' },
      { field: 'unit', trip: 'Dinas Kominfosanti', directory: 'Sekretariat Daerah' },
    ]);
    expect(memberOf(after, w.members.wabup).directoryChanges).toEqual([{ field: 'titleSuffix', trip: 'S.H.', directory: 'S.H., M.H.' }]);
    expect(memberOf(after, w.members.pers1).directoryChanges).toEqual([{ field: 'pressCard', trip: '3137-JPNN/WDy/DP/V/2017', directory: '9999-PWI/2025' }]);
    expect(memberOf(after, w.members.pers2).directoryChanges).toEqual([]);
    expect(after.hostPeople[0]?.person).toMatchObject({ jabatan: 'Kepala Dinas Komunikasi dan Informatika', nip: '' });
    expect(after.hostPeople[0]?.directoryChanges).toEqual([
      { field: 'nip', trip: '', directory: '197507152000031003' },
      { field: 'jabatan', trip: 'Kepala Dinas Komunikasi dan Informatika', directory: 'Sekretaris Daerah Kota Malang' },
    ]);
    // Signing reads the trip's people, not the directory's.
    expect(tripSigning(store, w.tripId).docs.report.signer?.name).toBe('Gede Supriatna, S.H.');
    // A person joining now is kept as the directory says now.
    const late = person({ kind: 'official', name: 'Made Wisnu Adi Putra', employment: 'pns', golongan: 'II/c', jabatan: 'Pengelola Layanan Operasional' });
    const m = addMember(store, { tripId: w.tripId, personId: late, role: 'member' });
    expect(m).toMatchObject({ directoryChanges: [], person: { golongan: 'II/c' } });
  });

  it('refreshFromDirectory takes the new values, undoRefresh brings the old back; a reported trip refuses the refresh', async () => {
    const w = await buleleng();
    await editDirectory(w);
    const kept = tripDetail(store, w.tripId);

    // Only the Kepala Dinas (the trip page always sends both lists: one left out means everyone who differs).
    let d = await call<TripDetail>('trips.refreshFromDirectory', { tripId: w.tripId, memberIds: [w.members.kadis], hostPersonIds: [] });
    expect(memberOf(d, w.members.kadis)).toMatchObject({ directoryChanges: [], canUndoRefresh: true, person: { golongan: 'IV/c', jabatan: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' } });
    expect(memberOf(d, w.members.wabup).directoryChanges).toHaveLength(1);
    expect(d.hostPeople[0]?.directoryChanges).toHaveLength(2);
    // Everyone who differs.
    d = refreshFromDirectory(store, { tripId: w.tripId });
    expect(d.members.every((m) => m.directoryChanges.length === 0)).toBe(true);
    expect(d.hostPeople[0]).toMatchObject({ directoryChanges: [], canUndoRefresh: true, person: { jabatan: 'Sekretaris Daerah Kota Malang' } });
    expect(memberOf(d, w.members.wabup).person.titleSuffix).toBe('S.H., M.H.');
    expect(memberOf(d, w.members.pers2).canUndoRefresh).toBe(false);
    expect(tripSigning(store, w.tripId).docs.report.signer?.name).toBe('Gede Supriatna, S.H., M.H.');

    const undone = await call<TripDetail>('trips.undoRefresh', { tripId: w.tripId });
    expect(undone.members.map((m) => [m.id, m.person, m.directoryChanges])).toEqual(kept.members.map((m) => [m.id, m.person, m.directoryChanges]));
    expect(undone.hostPeople.map((h) => [h.person, h.directoryChanges])).toEqual(kept.hostPeople.map((h) => [h.person, h.directoryChanges]));
    expect(undone.members.every((m) => !m.canUndoRefresh)).toBe(true);
    expect(await refused('trips.refreshFromDirectory', { tripId: w.tripId, memberIds: ['0199a000-0000-7000-8000-00000000dead'] })).toMatchObject({ code: 'NOT_FOUND', key: 'errors.memberNotFound' });

    // Reported: what it printed stays.
    updateTrip(store, { id: w.tripId, patch: { status: 'reported' } });
    const snapshots = () => store.db.prepare(`SELECT id, snapshot, snapshot_prev FROM trip_members UNION ALL SELECT id, snapshot, snapshot_prev FROM trip_host_people ORDER BY id`).all();
    const before = snapshots();
    expect(await refused('trips.refreshFromDirectory', { tripId: w.tripId })).toMatchObject({ code: 'VALIDATION', field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    expect(() => refreshFromDirectory(store, { tripId: w.tripId, memberIds: [w.members.kadis] })).toThrow(expect.objectContaining({ key: 'delegation.errors.reportedKeepsHistory' }));
    expect(snapshots()).toEqual(before);
  });

  it('a reported trip cannot undo a refresh made before it was reported either', async () => {
    const w = await buleleng();
    await editDirectory(w);
    refreshFromDirectory(store, { tripId: w.tripId });
    updateTrip(store, { id: w.tripId, patch: { status: 'reported' } });
    const printed = tripDetail(store, w.tripId);
    expect(await refused('trips.undoRefresh', { tripId: w.tripId })).toMatchObject({ code: 'VALIDATION', field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    expect(() => undoRefresh(store, { tripId: w.tripId })).toThrow(expect.objectContaining({ key: 'delegation.errors.reportedKeepsHistory' }));
    expect(tripDetail(store, w.tripId).members.map((m) => m.person)).toEqual(printed.members.map((m) => m.person));
  });

  it('a trip duplicated from another keeps its people as they are when it is made', async () => {
    const w = await buleleng();
    await call('people.update', { id: w.people.kadis, patch: { golongan: 'IV/c' } });
    const dup = await call<{ id: string }>('trips.duplicate', { id: w.tripId, title: 'Kunjungan Ulang ke Kota Malang', startDate: '2025-08-01', endDate: '2025-08-02' });
    await call('people.update', { id: w.people.kadis, patch: { jabatan: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' } });
    await call('people.update', { id: w.people.host, patch: { jabatan: 'Sekretaris Daerah Kota Malang' } });
    const d = tripDetail(store, dup.id);
    const kadis = d.members.find((m) => m.personId === w.people.kadis);
    expect(kadis?.person).toMatchObject({ golongan: 'IV/c', jabatan: `Kepala ${KOMINFO}` });
    expect(kadis?.directoryChanges).toEqual([{ field: 'jabatan', trip: `Kepala ${KOMINFO}`, directory: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' }]);
    expect(d.hostPeople[0]?.person.jabatan).toBe('Kepala Dinas Komunikasi dan Informatika');
    expect(d.hostPeople[0]?.directoryChanges).toHaveLength(1);
    // The original still keeps what it had.
    expect(tripDetail(store, w.tripId).members.find((m) => m.personId === w.people.kadis)?.person.golongan).toBe('IV/b');
  });

  it('a directory edit after the trip leaves every built document byte-identical', async () => {
    const w = await buleleng();
    updateTrip(store, { id: w.tripId, patch: { status: 'done' } });
    const a = buildAll(w.tripId);
    // The builds are deterministic: the same data gives the same bytes.
    expect(differences(a, buildAll(w.tripId))).toEqual({});
    expect(textOfPart(a.spt, 'word/document.xml')).toContain('Ketut Suwarmawan');

    await editDirectory(w);
    await call('people.update', { id: w.people.pers2, patch: { name: 'Ni Luh Putu Sri Wahyuni Dewi', mediaType: 'online' } });
    await call('institutions.update', { id: w.radar, patch: { name: 'Radar Bali (Jawa Pos Group)' } });
    expect(tripDetail(store, w.tripId).members.filter((m) => m.directoryChanges.length > 0)).toHaveLength(4);
    const b = buildAll(w.tripId);
    expect(differences(a, b)).toEqual({});

    // After "Perbarui dari direktori" they do follow the directory.
    refreshFromDirectory(store, { tripId: w.tripId });
    const c = buildAll(w.tripId);
    expect(Object.keys(differences(a, c))).toEqual(expect.arrayContaining(['report', 'spt', 'spt_non_asn', 'attendance']));
    expect(textOfPart(c.spt, 'word/document.xml')).toContain('Asisten Pemerintahan dan Kesejahteraan Rakyat');
  });

  it('an issued SPT keeps the kop and signer it printed; an unnumbered document follows the edit', async () => {
    const w = await buleleng();
    // The letter is the Bupati's too, but carries no number.
    await call('signing.update', { tripId: w.tripId, kind: 'letter', patch: { level: 'regional_head' } });
    issue(w.tripId, 'spt', '2025-04-21');
    const a = buildAll(w.tripId);
    expect(differences(a, buildAll(w.tripId))).toEqual({});
    expect(textOfPart(a.spt, 'word/document.xml')).toContain('dr. I Nyoman Sutjidra, Sp.OG.');
    expect(textOfPart(a.letter, 'word/document.xml')).toContain('dr. I Nyoman Sutjidra, Sp.OG.');

    updateSigner(store, signerUpdateSchema.parse({ id: w.signers.bupati.id, patch: { name: 'I Nyoman Sutjidra', acting: 'plt' } }));
    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: w.kominfo, level: 'regional_head', patch: { placeOfIssue: 'Denpasar', officeName: 'Bupati Kabupaten Buleleng' } }));
    const b = buildAll(w.tripId);
    const diff = differences(a, b);
    expect(diff.spt).toBeUndefined();
    expect(diff.letter).toBeDefined();
    const letter = textOfPart(b.letter, 'word/document.xml');
    expect(letter).toContain('I Nyoman Sutjidra');
    expect(letter).not.toContain('dr. I Nyoman Sutjidra, Sp.OG.');
    expect(letter).toContain('Denpasar');
    expect(Object.keys(b.letter).filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => textOfPart(b.letter, p)).join('\n')).toContain('BUPATI KABUPATEN BULELENG');

    // Removing the signer does not touch the issued SPT either.
    await call('signers.remove', { id: w.signers.bupati.id });
    expect(differences(a, buildAll(w.tripId)).spt).toBeUndefined();
    // Once its number is cleared the SPT prints the issuer as it is now.
    clearNumber(store, { tripId: w.tripId, kind: 'spt' });
    const cleared = buildAll(w.tripId);
    expect(differences(a, cleared).spt).toBeDefined();
    expect(textOfPart(cleared.spt, 'word/document.xml')).not.toContain('dr. I Nyoman Sutjidra, Sp.OG.');
  });

  it('an issued SPT keeps the Garuda it printed when the image is replaced', async () => {
    const w = await buleleng();
    const garuda = png(200, 210, 0x80);
    const replacement = png(180, 190, 0x40);
    await call('issuers.setEmblem', { institutionId: w.kominfo, level: 'regional_head', fileName: 'garuda.png', imageBase64: garuda.toString('base64') });
    await call('signing.update', { tripId: w.tripId, kind: 'letter', patch: { level: 'regional_head' } });
    issue(w.tripId, 'spt', '2025-04-21');
    const a = buildAll(w.tripId);
    await call('issuers.setEmblem', { institutionId: w.kominfo, level: 'regional_head', fileName: 'garuda-baru.png', imageBase64: replacement.toString('base64') });
    const b = buildAll(w.tripId);
    const mediaOf = (files: Record<string, Uint8Array>) => Object.keys(files).filter((p) => p.startsWith('word/media/')).map((p) => Buffer.from(files[p] as Uint8Array));
    expect(mediaOf(a.spt)).toHaveLength(1);
    expect(mediaOf(b.spt).map((m) => m.equals(garuda))).toEqual([true]);
    expect(mediaOf(b.letter).map((m) => m.equals(replacement))).toEqual([true]);
    // The issued SPT is the same, byte for byte; the unnumbered letter follows the new image.
    expect(differences(a, b).spt).toBeUndefined();
    expect(differences(a, b).letter).toBeDefined();
  });

  it('builds a document with an emblem twice to the same bytes (drawings are numbered per document)', async () => {
    const w = await buleleng();
    await call('issuers.setEmblem', { institutionId: w.kominfo, level: 'regional_head', fileName: 'garuda.png', imageBase64: png(200, 210, 0x80).toString('base64') });
    issue(w.tripId, 'spt', '2025-04-21');
    const first = buildAll(w.tripId);
    expect(Object.keys(first.spt).some((p) => p.startsWith('word/media/'))).toBe(true);
    expect(differences(first, buildAll(w.tripId))).toEqual({});
  });
});

// ——— Two offices ———

describe('two offices in one database', () => {
  it('a Buleleng trip and a Gianyar trip each print their own kop', async () => {
    const w = await buleleng();
    const gianyar = institution('Dinas Komunikasi dan Informatika', '51.04', 'own', { address: 'Jl. Ngurah Rai No. 5, Gianyar' });
    const g = createTrip(store, { title: 'Studi Komparasi ke Kota Surabaya', startDate: '2025-05-06', endDate: '2025-05-07', originInstitutionId: gianyar, hostRegionCodes: ['35.78'] }).id;
    const kadisGianyar = person({
      kind: 'official',
      name: 'I Gusti Ngurah Wijaya',
      employment: 'pns',
      nip: '19720405 199803 1 006',
      golongan: 'IV/b',
      eselon: 'II',
      jabatan: 'Kepala Dinas Komunikasi dan Informatika',
      institutionId: gianyar,
    });
    addMember(store, { tripId: g, personId: kadisGianyar, role: 'lead' });
    await call('signers.create', { institutionId: gianyar, level: 'secretariat', seat: 'regional_secretary', jabatan: 'Sekretaris Daerah', name: 'Dewa Gde Alit Mudiarta' });

    const sptOf = (tripId: string) => buildDocx('spt', gatherDocData(store, tripId, '2025-04-20')).bytes;
    const buleleng_ = headerText(sptOf(w.tripId));
    expect(buleleng_).toContain('BUPATI BULELENG');
    expect(buleleng_).not.toMatch(/GIANYAR/i);
    // A Kepala Dinas leads: the Setda's SPT, a.n. the Bupati of Gianyar.
    const gianyarSpt = sptOf(g);
    const gianyarHeader = headerText(gianyarSpt);
    expect(gianyarHeader).toContain('PEMERINTAH KABUPATEN GIANYAR');
    expect(gianyarHeader).toContain('SEKRETARIAT DAERAH');
    expect(gianyarHeader).not.toMatch(/BULELENG/i);
    const body = readDocx(gianyarSpt).text;
    expect(body).toContain('a.n. BUPATI GIANYAR');
    expect(body).toContain('Dewa Gde Alit Mudiarta');
    expect(body).not.toMatch(/Buleleng/i);

    await call('signing.update', { tripId: g, kind: 'spt', patch: { level: 'regional_head' } });
    const kd = headerText(sptOf(g));
    expect(kd).toContain('BUPATI GIANYAR');
    expect(kd).not.toMatch(/BULELENG/i);

    // Each office numbers from its own registers (the Bupati's letters in his Setda's register).
    expect(issue(w.tripId, 'spt', '2025-04-21')).toMatchObject({ seq: 1, issuerId: issuerId(w.kominfo, 'secretariat') });
    expect(issue(g, 'spt', '2025-05-05')).toMatchObject({ seq: 1, issuerId: issuerId(gianyar, 'secretariat') });
    expect(headerText(sptOf(w.tripId))).toContain('BUPATI BULELENG');
  });
});
