import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch, type Handlers } from '../../main/dispatcher';
import { documentsHandlers } from '../../main/handlers/documents';
import type { Store } from '../../main/db/store';
import { gatherDocData } from '../../main/docs/gather';
import { clearNumber, issueNumber, tripNumbers } from '../../main/services/numbers';
import { clearEmblem, getProfile, PROFILE_ID, profileForDocs, setEmblem, updateProfile } from '../../main/services/profile';
import { getReportText, updateReportText } from '../../main/services/report-text';
import { createTrip, deleteTrip, updateTrip } from '../../main/services/trips';
import { addNewMember } from '../../main/services/delegation';
import { createLearning } from '../../main/services/learnings';
import { addPhoto } from '../../main/services/media';
import { DEFAULT_NUMBERING, numberIssueSchema, profileUpdateSchema, reportTextUpdateSchema, type Profile } from '../../shared/domain/documents';
import { memberAddNewSchema } from '../../shared/domain/delegation';
import { learningCreateSchema } from '../../shared/domain/learnings';
import { photoAddSchema } from '../../shared/domain/media';
import { AppError } from '../../shared/result';
import { tempStore } from '../helpers/db';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/media', name));

/** A valid PNG of any size, written by hand: signature, IHDR, one IDAT, IEND (CRCs by zlib). */
function png(width: number, height: number): Buffer {
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
  const raw = Buffer.alloc((width + 1) * height); // filter byte + one grey byte per pixel, all black
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

let t: Awaited<ReturnType<typeof tempStore>>;
let store: Store;
let dispatch: Dispatch;
let tripId: string;
beforeEach(async () => {
  t = await tempStore();
  store = t.store;
  // Only the documents handlers: the export handlers (docx builders) are not needed here.
  dispatch = createDispatcher(documentsHandlers(store) as unknown as Handlers, { log: () => undefined });
  tripId = createTrip(store, { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' }).id;
});
afterEach(() => t.close());

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

describe('office profile', () => {
  it('answers the defaults before anything is saved: F4, Arial, margins 20/20/25/30 mm, default numbering', () => {
    const p = getProfile(store);
    expect(p).toMatchObject({
      govLine: '',
      officeName: '',
      paper: 'F4',
      font: 'Arial',
      marginTop: 20,
      marginRight: 20,
      marginBottom: 25,
      marginLeft: 30,
      placeOfIssue: '',
      head: { onBehalf: '', jabatan: '', name: '', pangkat: '', nip: '' },
      sptSigner: { onBehalf: '', jabatan: '', name: '', pangkat: '', nip: '' },
      numbering: DEFAULT_NUMBERING,
      emblem: null,
    });
    expect(count('SELECT count(*) FROM doc_profile')).toBe(0);
  });

  it('saves a patch in one row with a fixed id, keeps other fields, and logs the change', () => {
    const before = count('SELECT count(*) FROM change_log');
    const p1 = updateProfile(store, patch({ ...KOP, paper: 'A4', font: 'Bookman Old Style', marginLeft: 35 }));
    expect(p1).toMatchObject({ ...KOP, paper: 'A4', font: 'Bookman Old Style', marginLeft: 35, marginTop: 20 });
    const p2 = updateProfile(
      store,
      patch({
        sptSigner: { onBehalf: 'a.n. BUPATI BULELENG', jabatan: 'Sekretaris Daerah', name: 'Gede Suyasa', pangkat: 'Pembina Utama Madya', nip: '196903191996031001' },
        numbering: { ...DEFAULT_NUMBERING, spt: { template: '{kode}/{nomor}/{unit}/{bulan}/{tahun}', code: '800.1.11.1', unit: 'Kominfosanti' } },
      }),
    );
    expect(p2.officeName).toBe(KOP.officeName);
    expect(p2.paper).toBe('A4');
    expect(p2.sptSigner.onBehalf).toBe('a.n. BUPATI BULELENG');
    expect(p2.numbering.spt.unit).toBe('Kominfosanti');
    expect(getProfile(store)).toEqual(p2);
    expect(store.db.prepare('SELECT id FROM doc_profile').pluck().all()).toEqual([PROFILE_ID]);
    expect(count('SELECT count(*) FROM change_log')).toBeGreaterThan(before);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'doc_profile'`)).toBeGreaterThan(0);
  });

  it('refuses a bad e-mail, margin or template naming the field, and leaves the saved profile as it was', async () => {
    updateProfile(store, patch(KOP));
    const saved = getProfile(store);
    const email = await dispatch('profile.update', { email: 'kominfo at buleleng' });
    expect(email).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'email', key: 'validation.email' } });
    const margin = await dispatch('profile.update', { officeName: 'Lain', marginTop: 2 });
    expect(margin).toMatchObject({ ok: false, error: { field: 'marginTop', key: 'documents.validation.marginRange' } });
    const high = await dispatch('profile.update', { marginRight: 61 });
    expect(high).toMatchObject({ ok: false, error: { field: 'marginRight', key: 'documents.validation.marginRange' } });
    const template = await dispatch('profile.update', {
      numbering: { ...DEFAULT_NUMBERING, letter: { template: '{kode}/{tahun}', code: '000.1.2.3', unit: '' } },
    });
    expect(template).toMatchObject({ ok: false, error: { field: 'numbering.letter.template', key: 'documents.validation.templateNeedsNumber' } });
    const token = await dispatch('profile.update', {
      numbering: { ...DEFAULT_NUMBERING, report: { template: '{nomor}/{year}', code: '', unit: '' } },
    });
    expect(token).toMatchObject({ ok: false, error: { field: 'numbering.report.template', key: 'documents.validation.templateUnknownToken' } });
    const paper = await dispatch('profile.update', { paper: 'Letter' });
    expect(paper).toMatchObject({ ok: false, error: { field: 'paper', key: 'validation.invalidChoice' } });
    expect(getProfile(store)).toEqual(saved);

    const good = await dispatch('profile.update', { marginTop: 30 });
    expect(good.ok && (good.value as Profile).marginTop).toBe(30);
  });

  it('keeps a PNG or JPEG emblem with its real size, and profileForDocs hands its bytes to documents', () => {
    const bytes = png(120, 150);
    const p = setEmblem(store, { fileName: 'lambang-buleleng.png', imageBase64: bytes.toString('base64') });
    expect(p.emblem).toMatchObject({ fileName: 'lambang-buleleng.png', mime: 'image/png', width: 120, height: 150 });
    expect(p.emblem?.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const docs = profileForDocs(store);
    expect(docs.emblem).toMatchObject({ type: 'png', width: 120, height: 150 });
    expect(Buffer.from(docs.emblem!.bytes).equals(bytes)).toBe(true);
    expect(count(`SELECT count(*) FROM blobs WHERE mime = 'image/png'`)).toBe(1);

    const jpeg = setEmblem(store, { fileName: 'lambang.jpg', imageBase64: fixture('photo-1600x1200.jpg').toString('base64') });
    expect(jpeg.emblem).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200 });
    expect(profileForDocs(store).emblem?.type).toBe('jpg');
    expect(getProfile(store).placeOfIssue).toBe('');

    expect(clearEmblem(store).emblem).toBeNull();
    expect(profileForDocs(store).emblem).toBeNull();
  });

  it('refuses bytes that are not a whole PNG/JPEG, too many pixels or too many bytes, naming imageBase64', async () => {
    setEmblem(store, { fileName: 'lambang.png', imageBase64: png(10, 10).toString('base64') });
    const blobs = count('SELECT count(*) FROM blobs');
    const tries: Array<[Buffer, string]> = [
      [Buffer.from('GIF89a not really'), 'documents.validation.emblemType'],
      [fixture('copy.pdf'), 'documents.validation.emblemType'],
      [fixture('truncated.jpg'), 'documents.validation.emblemType'],
      [png(10, 10).subarray(0, 40), 'documents.validation.emblemType'],
      [png(2001, 4), 'documents.validation.emblemDimensions'],
      [fixture('too-big-2000x1000.jpg'), ''],
    ];
    for (const [bytes, key] of tries) {
      const r = await dispatch('profile.setEmblem', { fileName: 'x.png', imageBase64: bytes.toString('base64') });
      if (key === '') {
        expect(r.ok).toBe(true); // 2000 px is still allowed
        continue;
      }
      expect(r, key).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'imageBase64', key } });
    }
    // Over 3 MB: a JPEG padded with a comment segment.
    const base = fixture('photo-1600x1200.jpg');
    const pad: Buffer[] = [];
    for (let i = 0; i < 50; i++) pad.push(Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.alloc(65_533));
    const big = Buffer.concat([base.subarray(0, 2), ...pad, base.subarray(2)]);
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const tooBig = await dispatch('profile.setEmblem', { fileName: 'besar.jpg', imageBase64: big.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { field: 'imageBase64', key: 'documents.validation.emblemTooBig' } });
    expect(count('SELECT count(*) FROM blobs')).toBe(blobs + 1); // only the 2000 px JPEG
  });
});

describe('numbers of the documents', () => {
  const issue = (more: Record<string, unknown>) => issueNumber(store, numberIssueSchema.parse({ tripId, issuedOn: '2025-04-21', ...more }));

  it('suggests and issues running numbers per kind and year from the template', () => {
    updateProfile(store, patch({ numbering: { ...DEFAULT_NUMBERING, spt: { template: '{kode}/{nomor}/{unit}/{bulan}/{tahun}', code: '800.1.11.1', unit: 'Kominfosanti' } } }));
    let n = tripNumbers(store, tripId);
    expect(n.issued).toEqual({});
    expect(n.suggested).toEqual({ report: '000.1.2.3/1/2025', spt: '800.1.11.1/1/Kominfosanti/IV/2025', letter: '000.1.2.3/1/2025' });

    const spt = issue({ kind: 'spt' });
    expect(spt).toMatchObject({ tripId, kind: 'spt', seq: 1, year: 2025, number: '800.1.11.1/1/Kominfosanti/IV/2025', issuedOn: '2025-04-21' });
    const letter = issue({ kind: 'letter', issuedOn: '2025-03-10' });
    expect(letter.number).toBe('000.1.2.3/1/2025');

    const other = createTrip(store, { title: 'Studi Banding ke Gianyar', startDate: '2025-06-02', endDate: '2025-06-03' }).id;
    n = tripNumbers(store, other);
    expect(n.suggested.spt).toBe('800.1.11.1/2/Kominfosanti/VI/2025');
    expect(n.suggested.report).toBe('000.1.2.3/1/2025');
    const spt2 = issueNumber(store, numberIssueSchema.parse({ tripId: other, kind: 'spt', issuedOn: '2025-05-28' }));
    expect(spt2).toMatchObject({ seq: 2, number: '800.1.11.1/2/Kominfosanti/V/2025' });

    // Pengaturan's example: the next running number of this year.
    expect(getProfile(store, '2025-11-01').next).toEqual({ report: { seq: 1, year: 2025 }, spt: { seq: 3, year: 2025 }, letter: { seq: 2, year: 2025 } });
    expect(getProfile(store, '2026-01-01').next?.spt).toEqual({ seq: 1, year: 2026 });

    n = tripNumbers(store, tripId);
    expect(n.issued.spt).toEqual(spt);
    expect(n.issued.letter).toEqual(letter);
    expect(n.issued.report).toBeUndefined();
  });

  it('previews the next number for the chosen date of issue, and issuing on that date gives exactly it', () => {
    updateProfile(store, patch({ numbering: { ...DEFAULT_NUMBERING, spt: { template: '{kode}/{nomor}/{bulan}/{tahun}', code: '800.1.11.1', unit: '' } } }));
    issue({ kind: 'spt' }); // 2025: seq 1 (the trip is in April 2025)
    const other = createTrip(store, { title: 'Studi Banding ke Gianyar', startDate: '2025-12-29', endDate: '2025-12-30' }).id;
    expect(tripNumbers(store, other).suggested.spt).toBe('800.1.11.1/2/XII/2025');
    // Issued in January of the next year: the running number starts again, month and year follow the date.
    const preview = tripNumbers(store, other, '2026-01-05', '2026-01-05').suggested.spt;
    expect(preview).toBe('800.1.11.1/1/I/2026');
    expect(issueNumber(store, numberIssueSchema.parse({ tripId: other, kind: 'spt', issuedOn: '2026-01-05' })).number).toBe(preview);
  });

  it('issuing twice gives the same number back', () => {
    const a = issue({ kind: 'spt' });
    const b = issue({ kind: 'spt', issuedOn: '2025-04-22' });
    expect(b).toEqual(a);
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(1);
  });

  it('records a number typed from the register with seq 0, which does not move the running number', () => {
    const typed = issue({ kind: 'letter', number: '000.1.2.3/4461/107.1/2025' });
    expect(typed).toMatchObject({ number: '000.1.2.3/4461/107.1/2025', seq: 0, year: 2025 });
    expect(tripNumbers(store, tripId).suggested.letter).toBe('000.1.2.3/1/2025');
  });

  it('a cleared number stays in the register: the next one issued is new', () => {
    const first = issue({ kind: 'report' });
    expect(first.seq).toBe(1);
    const after = clearNumber(store, { tripId, kind: 'report' });
    expect(after.issued.report).toBeUndefined();
    expect(after.suggested.report).toBe('000.1.2.3/2/2025');
    expect(count('SELECT count(*) FROM doc_numbers WHERE deleted_at IS NOT NULL')).toBe(1);
    const second = issue({ kind: 'report' });
    expect(second.seq).toBe(2);
    expect(second.id).not.toBe(first.id);
  });

  it('starts again at 1 in a new year', () => {
    issue({ kind: 'spt' });
    issue({ kind: 'report' });
    const next = createTrip(store, { title: 'Kunjungan Kerja 2026', startDate: '2026-01-15', endDate: '2026-01-16' }).id;
    expect(tripNumbers(store, next).suggested.spt).toBe('800.1.11.1/1/2026');
    const n = issueNumber(store, numberIssueSchema.parse({ tripId: next, kind: 'spt', issuedOn: '2026-01-10' }));
    expect(n).toMatchObject({ seq: 1, year: 2026, number: '800.1.11.1/1/2026' });
  });

  it('refuses a removed trip and a bad date, through the dispatcher', async () => {
    const bad = await dispatch('numbers.issue', { tripId, kind: 'spt', issuedOn: '2025-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { field: 'issuedOn', key: 'validation.invalidDate' } });
    deleteTrip(store, tripId);
    const gone = await dispatch('numbers.issue', { tripId, kind: 'spt', issuedOn: '2025-04-21' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId' } });
    expect(count('SELECT count(*) FROM doc_numbers')).toBe(0);
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

  it('refuses texts for a removed trip', async () => {
    deleteTrip(store, tripId);
    expect(() => updateReportText(store, reportTextUpdateSchema.parse({ tripId, patch: { closing: 'x' } }))).toThrow(AppError);
    const r = await dispatch('reportText.update', { tripId, patch: { closing: 'x' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId', key: 'errors.tripNotFound' } });
    expect(count('SELECT count(*) FROM trip_reports')).toBe(0);
  });

  it('gathers the trip for documents, with photo bytes in order, and drafts and readiness come from it', async () => {
    updateTrip(store, { id: tripId, patch: { hostRegionCodes: ['35.73'] } });
    updateProfile(store, patch(KOP));
    addNewMember(
      store,
      memberAddNewSchema.parse({ tripId, role: 'ketua', person: { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' } }),
    );
    addNewMember(store, memberAddNewSchema.parse({ tripId, role: 'anggota', person: { kind: 'official', name: 'Ni Made Dwi', employment: 'pns', jabatan: 'Kabid IKP' } }));
    createLearning(store, learningCreateSchema.parse({ tripId, topic: 'Ngalam Command Center', recommendation: 'Menyusun kajian command center' }));
    const photo = (name: string) =>
      addPhoto(store, photoAddSchema.parse({ tripId, fileName: name, imageBase64: fixture('photo-1600x1200.jpg').toString('base64'), thumbBase64: fixture('thumb-320x240.jpg').toString('base64'), width: 1600, height: 1200 }));
    photo('a.jpg');
    photo('b.jpg');

    const data = gatherDocData(store, tripId, '2025-04-28');
    expect(data.hostRegionNames).toEqual(['Kota Malang']);
    expect(data.profile.officeName).toBe(KOP.officeName);
    expect(data.photos.map((p) => p.fileName)).toEqual(['a.jpg', 'b.jpg']);
    expect(Buffer.from(data.photos[0]!.bytes).equals(fixture('photo-1600x1200.jpg'))).toBe(true);
    expect('thumbUrl' in data.photos[0]!).toBe(false);
    expect(data.learnings).toHaveLength(1);
    expect(data.today).toBe('2025-04-28');

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
      expect(codes).toEqual(expect.arrayContaining(['membersWithoutNip', 'noSptNumber', 'noHostInstitution', 'noAgenda', 'learningsWithoutFollowups']));
      expect(codes).not.toContain('noKop');
      expect(codes).not.toContain('noLead');
      expect(codes).not.toContain('noPhotos');
    }
    const missing = await dispatch('docs.readiness', { tripId: '0199a000-0000-7000-8000-000000000bad' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId' } });
  });
});
