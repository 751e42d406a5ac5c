import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/dispatcher';
import { gatherDocData } from '../../main/documents/doc-data';
import { buildDocx } from '../../main/docs/index';
import { DEFAULT_PROFILE, getProfile, PROFILE_ID, updateProfile } from '../../main/documents/profile';
import { updateIssuer } from '../../main/documents/issuers';
import { getReportText, updateReportText } from '../../main/documents/report-text';
import { createTrip, deleteTrip, updateTrip } from '../../main/trips/service';
import { createInstitution } from '../../main/directory/institutions';
import { addNewMember } from '../../main/delegation';
import { createLearning } from '../../main/learnings';
import { addPhoto } from '../../main/media/service';
import { profileUpdateSchema, reportTextUpdateSchema, type Profile } from '../../shared/documents/schemas';
import { issuerUpdateSchema } from '../../shared/documents/issuers';
import { institutionCreateSchema } from '../../shared/directory/institution';
import { memberAddNewSchema } from '../../shared/delegation/schemas';
import { learningCreateSchema } from '../../shared/learnings/schemas';
import { photoAddSchema } from '../../shared/media/schemas';
import { AppError } from '../../shared/result';
import { testDispatcher, useTempStore } from '../helpers/db';
import { pageSizesMm, readDocx } from '../helpers/docx';

/*
 * The house style (Pengaturan → Gaya dokumen: paper, font, margins), the
 * report's own texts, and what documents are built from (gatherDocData).
 * The kop, the signers and the numbering moved to the issuers
 * (tests/integration/issuers.test.ts).
 */

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/media', name));

const t = useTempStore();
const { store } = t;
let dispatch: Dispatch;
let tripId: string;
beforeEach(() => {
  dispatch = testDispatcher(store, t.path);
  tripId = createTrip(store, { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' }).id;
});

const count = (sql: string, ...args: unknown[]): number => store.db.prepare(sql).pluck().get(...args) as number;
const patch = (p: Record<string, unknown>) => profileUpdateSchema.parse(p);

const KOP = {
  govLine: 'PEMERINTAH KABUPATEN BULELENG',
  officeName: 'DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK',
  address: 'Jl. Pahlawan No. 1, Singaraja, Bali 81113',
  phone: '(0362) 21985',
  email: 'kominfosanti@bulelengkab.go.id',
  website: 'kominfosanti.bulelengkab.go.id',
  placeOfIssue: 'Singaraja',
};

describe('house style', () => {
  it('answers the defaults before anything is saved: F4, Arial, margins 20/20/25/30 mm, page numbers bottom right, the letter’s date above, and nothing else', () => {
    const p = getProfile(store);
    expect(p).toEqual({ paper: 'F4', font: 'Arial', marginTop: 20, marginRight: 20, marginBottom: 25, marginLeft: 30, pageNumbers: 'bottom_right', letterDate: 'above', updatedAt: 0 });
    expect(p).toEqual(DEFAULT_PROFILE);
    // The kop, signatories and numbering are no longer the profile's.
    for (const gone of ['govLine', 'officeName', 'placeOfIssue', 'head', 'sptSigner', 'numbering', 'emblem', 'next']) expect(p).not.toHaveProperty(gone);
    expect(count('SELECT count(*) FROM doc_profile')).toBe(0);
  });

  it('saves a patch in one row with a fixed id, keeps other fields, and logs the change', async () => {
    const before = count('SELECT count(*) FROM change_log');
    const p1 = updateProfile(store, patch({ paper: 'A4', font: 'Bookman Old Style', marginLeft: 35 }));
    expect(p1).toMatchObject({ paper: 'A4', font: 'Bookman Old Style', marginLeft: 35, marginTop: 20, marginRight: 20, marginBottom: 25 });
    expect(p1.updatedAt).toBeGreaterThan(0);
    const p2 = updateProfile(store, patch({ marginTop: 30, marginBottom: 28 }));
    expect(p2).toMatchObject({ paper: 'A4', font: 'Bookman Old Style', marginLeft: 35, marginTop: 30, marginBottom: 28, marginRight: 20 });
    expect(getProfile(store)).toEqual(p2);
    expect(store.db.prepare('SELECT id FROM doc_profile').pluck().all()).toEqual([PROFILE_ID]);
    expect(count('SELECT count(*) FROM change_log')).toBeGreaterThan(before);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_profile'`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_profile' AND row_id <> ?`, PROFILE_ID)).toBe(0);

    // Through the dispatcher, the same row.
    const r = await dispatch('profile.update', { font: 'Arial' });
    expect(r.ok && (r.value as Profile)).toMatchObject({ font: 'Arial', paper: 'A4', marginTop: 30 });
    expect(await dispatch('profile.get', {})).toEqual({ ok: true, value: getProfile(store) });
    expect(count('SELECT count(*) FROM doc_profile')).toBe(1);
  });

  it('refuses a bad margin, paper or font naming the field, and leaves the saved style as it was', async () => {
    updateProfile(store, patch({ paper: 'A4', marginLeft: 35 }));
    const saved = getProfile(store);
    const logged = count('SELECT count(*) FROM change_log');
    const margin = await dispatch('profile.update', { font: 'Arial', marginTop: 2 });
    expect(margin).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'marginTop', key: 'documents.validation.marginRange' } });
    const high = await dispatch('profile.update', { marginRight: 61 });
    expect(high).toMatchObject({ ok: false, error: { field: 'marginRight', key: 'documents.validation.marginRange' } });
    const fraction = await dispatch('profile.update', { marginBottom: 25.5 });
    expect(fraction).toMatchObject({ ok: false, error: { field: 'marginBottom', key: 'validation.invalid' } });
    const paper = await dispatch('profile.update', { paper: 'Letter' });
    expect(paper).toMatchObject({ ok: false, error: { field: 'paper', key: 'validation.invalidChoice' } });
    const font = await dispatch('profile.update', { font: 'Comic Sans MS' });
    expect(font).toMatchObject({ ok: false, error: { field: 'font', key: 'validation.invalidChoice' } });
    const empty = await dispatch('profile.update', {});
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'validation.emptyPatch' } });
    // The kop and the numbering are the issuers' now: the profile refuses them by name.
    const kop = await dispatch('profile.update', { officeName: 'DINAS LAIN' });
    expect(kop).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'officeName', key: 'validation.unknownField' } });
    const numbering = await dispatch('profile.update', { marginTop: 30, numbering: {} });
    expect(numbering).toMatchObject({ ok: false, error: { field: 'numbering', key: 'validation.unknownField' } });
    const emblem = await dispatch('profile.setEmblem', { fileName: 'x.png', imageBase64: '' });
    expect(emblem).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    expect(getProfile(store)).toEqual(saved);
    expect(count('SELECT count(*) FROM change_log')).toBe(logged);

    const good = await dispatch('profile.update', { marginTop: 30 });
    expect(good.ok && (good.value as Profile).marginTop).toBe(30);
  });

  it('is every issuer’s page style unless the issuer sets its own, and the documents follow it', () => {
    const own = createInstitution(store, institutionCreateSchema.parse({ kind: 'own', name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', regionCode: '51.08' })).id;
    updateTrip(store, { id: tripId, patch: { originInstitutionId: own } });
    updateProfile(store, patch({ paper: 'A4', font: 'Bookman Old Style', marginLeft: 35 }));
    let data = gatherDocData(store, tripId, '2025-04-20');
    for (const level of ['regional_head', 'secretariat', 'agency'] as const) {
      expect(data.issuers[level].style).toMatchObject({ paper: 'A4', font: 'Bookman Old Style', marginLeft: 35, marginTop: 20 });
    }
    // No delegation yet: the SPT is the Perangkat Daerah's.
    expect(pageSizesMm(readDocx(buildDocx('spt', data).bytes).body)[0]).toMatchObject({ width: 210, height: 297 });

    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: own, level: 'agency', patch: { paper: 'F4', marginLeft: 40 } }));
    data = gatherDocData(store, tripId, '2025-04-20');
    expect(data.issuers.agency.style).toMatchObject({ paper: 'F4', marginLeft: 40, font: 'Bookman Old Style', marginTop: 20 });
    expect(data.issuers.secretariat.style).toMatchObject({ paper: 'A4', marginLeft: 35 });
    expect(data.signing.spt.issuer.style.paper).toBe('F4');
    const spt = readDocx(buildDocx('spt', data).bytes);
    expect(pageSizesMm(spt.body)[0]).toMatchObject({ width: 215, height: 330 });
    expect(spt.body).toMatch(/<w:pgMar [^>]*w:left="2267"/); // 40 mm in twips, as docx rounds it
  });
});

describe('report texts, drafts and readiness', () => {
  it('answers the defaults, saves a patch, keeps the rest', () => {
    expect(getReportText(store, tripId)).toMatchObject({ tripId, conclusion: '', closing: '', acknowledge: true, pressContact: '' });
    const a = updateReportText(store, reportTextUpdateSchema.parse({ tripId, patch: { conclusion: 'Kesimpulan kami.', acknowledge: false } }));
    expect(a).toMatchObject({ conclusion: 'Kesimpulan kami.', acknowledge: false, suggestions: '' });
    const b = updateReportText(store, reportTextUpdateSchema.parse({ tripId, patch: { suggestions: 'Saran.' } }));
    expect(b).toMatchObject({ conclusion: 'Kesimpulan kami.', acknowledge: false, suggestions: 'Saran.' });
    expect(count('SELECT count(*) FROM trip_reports')).toBe(1);
  });

  it("keeps the report's optional parts and the attendance split, and names a wrong choice's field", async () => {
    expect(getReportText(store, tripId)).toMatchObject({ cover: true, approval: false, foreword: '', obstaclesOn: false, obstacles: '', attendanceSplit: 'day' });
    const a = updateReportText(store, reportTextUpdateSchema.parse({ tripId, patch: { cover: false, approval: true, obstaclesOn: true, obstacles: 'Waktu kunjungan singkat.', attendanceSplit: 'session' } }));
    expect(a).toMatchObject({ cover: false, approval: true, obstaclesOn: true, obstacles: 'Waktu kunjungan singkat.', attendanceSplit: 'session', foreword: '' });
    expect(getReportText(store, tripId)).toEqual(a);
    const r = await dispatch('reportText.update', { tripId, patch: { attendanceSplit: 'week' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'patch.attendanceSplit' } });
    expect(getReportText(store, tripId).attendanceSplit).toBe('session');
  });

  it('refuses texts for a removed trip', async () => {
    deleteTrip(store, tripId);
    expect(() => updateReportText(store, reportTextUpdateSchema.parse({ tripId, patch: { closing: 'x' } }))).toThrow(AppError);
    const r = await dispatch('reportText.update', { tripId, patch: { closing: 'x' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId', key: 'errors.tripNotFound' } });
    expect(count('SELECT count(*) FROM trip_reports')).toBe(0);
  });

  it('gathers the trip for documents, with photo bytes in order, and drafts and readiness come from it', async () => {
    const own = createInstitution(store, institutionCreateSchema.parse({ kind: 'own', name: 'Dinas Kominfosanti', regionCode: '51.08' })).id;
    updateTrip(store, { id: tripId, patch: { hostRegionCodes: ['35.73'], originInstitutionId: own } });
    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: own, level: 'agency', patch: KOP }));
    addNewMember(
      store,
      memberAddNewSchema.parse({ tripId, role: 'lead', person: { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' } }),
    );
    addNewMember(store, memberAddNewSchema.parse({ tripId, role: 'member', person: { kind: 'official', name: 'Ni Made Dwi', employment: 'pns', jabatan: 'Kabid IKP' } }));
    createLearning(store, learningCreateSchema.parse({ tripId, topic: 'Ngalam Command Center', recommendation: 'Menyusun kajian command center' }));
    const photo = (name: string) =>
      addPhoto(store, photoAddSchema.parse({ tripId, fileName: name, imageBase64: fixture('photo-1600x1200.jpg').toString('base64'), thumbBase64: fixture('thumb-320x240.jpg').toString('base64'), width: 1600, height: 1200 }));
    photo('a.jpg');
    photo('b.jpg');

    const data = gatherDocData(store, tripId, '2025-04-28');
    expect(data.hostRegionNames).toEqual(['Kota Malang']);
    expect(data.profile).toEqual(getProfile(store));
    // The planning office is the origin's Perangkat Daerah issuer.
    expect(data.office).toEqual({ ...KOP });
    expect(data.issuers.agency.kop).toMatchObject({ govLine: KOP.govLine, officeName: KOP.officeName, placeOfIssue: 'Singaraja' });
    expect(data.issuers.regional_head.kop.officeName).toBe('BUPATI BULELENG');
    // A Wakil Bupati in the delegation: the SPT is the Bupati's own.
    expect(data.signing.spt.issuer.level).toBe('regional_head');
    expect(data.detail.members.map((m) => m.person.name)).toEqual(['Gede Supriatna', 'Ni Made Dwi']);
    expect(data.photos.map((p) => p.fileName)).toEqual(['a.jpg', 'b.jpg']);
    expect(Buffer.from(data.photos[0]!.bytes).equals(fixture('photo-1600x1200.jpg'))).toBe(true);
    expect(Buffer.from(data.photos[1]!.bytes).equals(fixture('photo-1600x1200.jpg'))).toBe(true);
    expect('thumbUrl' in data.photos[0]!).toBe(false);
    expect(data.learnings).toHaveLength(1);
    expect(data.numbers).toEqual({});
    expect(data.today).toBe('2025-04-28');
    // Without the bytes (readiness, drafts): the same photos, empty.
    const light = gatherDocData(store, tripId, '2025-04-28', { photoBytes: false });
    expect(light.photos.map((p) => [p.fileName, p.bytes.length])).toEqual([
      ['a.jpg', 0],
      ['b.jpg', 0],
    ]);

    const drafts = await dispatch('reportText.drafts', { tripId });
    expect(drafts.ok).toBe(true);
    if (drafts.ok) {
      const d = drafts.value as { sptTasks: string; suggestions: string };
      expect(d.sptTasks).toContain('Melaksanakan studi komparasi ke Kota Malang pada tanggal 24 s.d. 25 April 2025;');
      expect(d.suggestions).toBe('1. Menyusun kajian command center.');
    }
    const ready = await dispatch('docs.readiness', { tripId });
    expect(ready.ok).toBe(true);
    if (ready.ok) {
      const codes = (ready.value as { gaps: Array<{ code: string; params?: Record<string, unknown> }> }).gaps.map((g) => g.code);
      expect(codes).toEqual(expect.arrayContaining(['membersWithoutNip', 'noSptNumber', 'noHostInstitution', 'noAgenda', 'learningsWithoutFollowups', 'noGaruda']));
      expect(codes).not.toContain('noKop');
      expect(codes).not.toContain('noLead');
      expect(codes).not.toContain('noPhotos');
    }
    const missing = await dispatch('docs.readiness', { tripId: '0199a000-0000-7000-8000-000000000bad' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId' } });
  });
});
