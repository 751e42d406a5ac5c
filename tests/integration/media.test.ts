import { beforeEach, describe, expect, it } from 'vitest';
import { agendaCreateSchema } from '../../shared/agenda/schemas';
import { createAgendaItem, removeAgendaItem } from '../../main/agenda/service';
import {
  addPhoto,
  agendaOptions,
  attachCopy,
  createCoverage,
  getCopy,
  getPhoto,
  listCoverage,
  listPhotos,
  removeCoverage,
  removePhoto,
  reorderPhotos,
  restoreCoverage,
  restorePhoto,
  updateCoverage,
  updatePhoto,
} from '../../main/media/service';
import { createTrip } from '../../main/trips/service';
import { addNewMember } from '../../main/delegation';
import { coverageCreateSchema, coverageUpdateSchema, photoAddSchema, photoUpdateSchema, type Photo } from '../../shared/media/schemas';
import { AppError } from '../../shared/result';
import { memberAddNewSchema } from '../../shared/delegation/schemas';
import { testDispatcher, useTempStore } from '../helpers/db';
import { mediaBase64, mediaFixture, photoInput } from '../helpers/media';

const fixture = mediaFixture;
const b64 = mediaBase64;

const { store } = useTempStore();
let tripId: string;
beforeEach(() => {
  tripId = createTrip(store, { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' }).id;
});

const count = (sql: string): number => store.db.prepare(sql).pluck().get() as number;

const cov = (more: Record<string, unknown> = {}) =>
  coverageCreateSchema.parse({ tripId, outlet: 'Radar Bali', headline: 'Buleleng Belajar Command Center ke Malang', ...more });

const photo = (more: Record<string, unknown> = {}) => photoAddSchema.parse({ ...photoInput(tripId, 'IMG_0001.jpg'), ...more });

function expectAppError(fn: () => unknown, key: string): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).key).toBe(key);
    return e as AppError;
  }
  throw new Error(`expected ${key}`);
}

describe('coverage', () => {
  it('creates, lists by publication date, updates, removes and restores, logging each change', () => {
    const a = createCoverage(store, cov({ publishedOn: '2025-04-26', tone: 'positive', section: 'Daerah', url: 'https://radarbali.example/berita/1' }));
    const b = createCoverage(store, cov({ outlet: 'Nusa Bali', headline: 'Wabup Supriatna di Balai Kota Malang', publishedOn: '2025-04-24' }));
    expect(listCoverage(store, tripId).map((c) => c.id)).toEqual([b.id, a.id]);
    expect(a.tone).toBe('positive');
    expect(b.tone).toBe('neutral');

    const u = updateCoverage(store, coverageUpdateSchema.parse({ id: a.id, outlet: a.outlet, url: a.url, publishedOn: a.publishedOn, section: a.section, headline: 'Judul baru', tone: 'negative' }));
    expect(u.headline).toBe('Judul baru');
    expect(u.tone).toBe('negative');

    removeCoverage(store, a.id);
    expect(listCoverage(store, tripId).map((c) => c.id)).toEqual([b.id]);
    expect(restoreCoverage(store, a.id).headline).toBe('Judul baru');
    expect(listCoverage(store, tripId)).toHaveLength(2);
    const ops = store.db.prepare(`SELECT op FROM change_log WHERE table_name = 'coverage' AND row_id = ? ORDER BY seq`).pluck().all(a.id);
    expect(ops).toEqual(['PUT', 'PATCH', 'DELETE', 'PATCH']);
  });

  it('accepts only http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.example/a', 'radarbali.com/berita']) {
      const r = coverageCreateSchema.safeParse({ tripId, outlet: 'X', headline: 'Y', url });
      expect(r.success, url).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('validation.url');
    }
    expect(coverageCreateSchema.parse({ tripId, outlet: 'X', headline: 'Y', url: ' http://a.example/b ' }).url).toBe('http://a.example/b');
  });

  it('links only a journalist of this trip', () => {
    const j = addNewMember(store, memberAddNewSchema.parse({ tripId, role: 'journalist', person: { kind: 'journalist', name: 'Putu Ayu' } }));
    const o = addNewMember(store, memberAddNewSchema.parse({ tripId, role: 'member', person: { kind: 'official', name: 'Made' } }));
    const c = createCoverage(store, cov({ journalistMemberId: j.id }));
    expect(c.journalistName).toBe('Putu Ayu');
    expectAppError(() => createCoverage(store, cov({ journalistMemberId: o.id })), 'media.errors.notJournalist');
    expect(count(`SELECT count(*) FROM coverage`)).toBe(1);
  });

  it('attaches a saved copy recognised by its bytes, not its name', () => {
    const c = createCoverage(store, cov());
    const pdf = attachCopy(store, { id: c.id, fileName: 'kliping.pdf', dataBase64: b64('copy.pdf') });
    expect(pdf.copy).toEqual({ fileName: 'kliping.pdf', mime: 'application/pdf', size: fixture('copy.pdf').length });
    expect(getCopy(store, c.id).dataBase64).toBe(b64('copy.pdf'));

    // An image named .pdf is an image; a text file named .pdf is refused and changes nothing.
    expect(attachCopy(store, { id: c.id, fileName: 'screenshot.pdf', dataBase64: b64('thumb-320x240.jpg') }).copy?.mime).toBe('image/jpeg');
    const blobs = count(`SELECT count(*) FROM blobs`);
    const e = expectAppError(
      () => attachCopy(store, { id: c.id, fileName: 'catatan.pdf', dataBase64: Buffer.from('hanya teks biasa').toString('base64') }),
      'media.errors.copyType',
    );
    expect(e.params).toEqual({ name: 'catatan.pdf' });
    expect(count(`SELECT count(*) FROM blobs`)).toBe(blobs);
    expect(listCoverage(store, tripId)[0]?.copy?.fileName).toBe('screenshot.pdf');
  });

  it('answers NOT_FOUND for a copy that was never attached', () => {
    const c = createCoverage(store, cov());
    expectAppError(() => getCopy(store, c.id), 'media.errors.noCopy');
  });
});

describe('photos', () => {
  it('stores identical bytes once and lists metadata with a thumbnail', () => {
    const a = addPhoto(store, photo({ takenAt: '2025-04-24T09:30', caption: 'Di Ngalam Command Center' }));
    const b = addPhoto(store, photo({ fileName: 'copy-of-IMG_0001.jpg' }));
    expect(count(`SELECT count(*) FROM blobs`)).toBe(2); // one image, one thumbnail
    expect(a.sha256).toBe(b.sha256);
    const list = listPhotos(store, tripId);
    expect(list.map((p) => [p.fileName, p.position, p.width, p.height])).toEqual([
      ['IMG_0001.jpg', 1, 1600, 1200],
      ['copy-of-IMG_0001.jpg', 2, 1600, 1200],
    ]);
    expect(list[0]?.thumbUrl).toBe(`data:image/jpeg;base64,${b64('thumb-320x240.jpg')}`);
    expect(list[0]?.takenAt).toBe('2025-04-24T09:30');
    expect(getPhoto(store, a.id).dataBase64).toBe(b64('photo-1600x1200.jpg'));
  });

  it('takes the size from the JPEG header, not from the caller', () => {
    const p = addPhoto(store, photo({ width: 10, height: 10 }));
    expect([p.width, p.height]).toEqual([1600, 1200]);
  });

  it('refuses bytes that are not a complete JPEG of at most 1600 px, writing nothing', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ fileName: 'rusak.jpg', imageBase64: b64('truncated.jpg') }, 'media.errors.notJpeg'],
      [{ fileName: 'dokumen.jpg', imageBase64: b64('copy.pdf') }, 'media.errors.notJpeg'],
      [{ fileName: 'besar.jpg', imageBase64: b64('too-big-2000x1000.jpg') }, 'media.errors.tooLarge'],
      [{ fileName: 'thumb.jpg', thumbBase64: b64('photo-1600x1200.jpg') }, 'media.errors.tooLarge'],
    ];
    for (const [more, key] of cases) {
      const e = expectAppError(() => addPhoto(store, photo(more)), key);
      expect(e.params?.name).toBe(more.fileName);
    }
    expect(count(`SELECT count(*) FROM blobs`)).toBe(0);
    expect(count(`SELECT count(*) FROM photos`)).toBe(0);
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'photos'`)).toBe(0);
  });

  it('updates caption, date and agenda link; removes and restores', () => {
    const p = addPhoto(store, photo());
    // A link must be a live agenda item of the photo's trip (tests/integration/model-checks.test.ts).
    const agendaItemId = createAgendaItem(
      store,
      agendaCreateSchema.parse({ tripId, kind: 'welcome', title: 'Penyambutan', startLocal: '2025-04-24T09:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T10:00' }),
    ).id;
    const u = updatePhoto(store, photoUpdateSchema.parse({ id: p.id, caption: 'Penyerahan cendera mata', takenAt: '2025-04-24T11:00', agendaItemId }));
    expect([u.caption, u.takenAt, u.agendaItemId]).toEqual(['Penyerahan cendera mata', '2025-04-24T11:00', agendaItemId]);
    removePhoto(store, p.id);
    expect(listPhotos(store, tripId)).toEqual([]);
    expectAppError(() => getPhoto(store, p.id), 'media.errors.photoNotFound');
    expect(restorePhoto(store, p.id).caption).toBe('Penyerahan cendera mata');
    expect(listPhotos(store, tripId)).toHaveLength(1);
  });

  it('reorders the live photos in one transaction, refusing a list that is not each live photo once', async () => {
    const [a, b, c] = ['A.jpg', 'B.jpg', 'C.jpg'].map((fileName) => addPhoto(store, photo({ fileName })));
    if (!a || !b || !c) throw new Error('no photos');
    const otherTrip = createTrip(store, { title: 'Kunker ke Mataram', startDate: '2025-05-02', endDate: '2025-05-02' }).id;
    const foreign = addPhoto(store, photo({ tripId: otherTrip }));
    removePhoto(store, b.id);
    const names = () => listPhotos(store, tripId).map((p) => p.fileName);
    expect(names()).toEqual(['A.jpg', 'C.jpg']);

    const snapshot = () => ({ log: count('SELECT count(*) FROM change_log'), rows: store.db.prepare('SELECT id, position, updated_at FROM photos ORDER BY id').all() });
    const before = snapshot();
    for (const photoIds of [
      [c.id], // one missing
      [c.id, a.id, a.id], // one twice
      [c.id, a.id, b.id], // a removed one
      [c.id, foreign.id], // another trip's
    ]) {
      expect(() => reorderPhotos(store, { tripId, photoIds })).toThrowError(
        expect.objectContaining({ code: 'VALIDATION', field: 'photoIds', key: 'media.errors.reorderMismatch' }),
      );
    }
    expect(snapshot()).toEqual(before);

    expect(reorderPhotos(store, { tripId, photoIds: [c.id, a.id] }).map((p) => p.fileName)).toEqual(['C.jpg', 'A.jpg']);
    expect(names()).toEqual(['C.jpg', 'A.jpg']);
    const ops = store.db.prepare(`SELECT row_id FROM change_log WHERE seq > ? AND table_name = 'photos' ORDER BY seq`).pluck().all(before.log);
    expect(ops).toEqual([c.id, a.id]);
    // The other trip is untouched; a restored photo is listed again.
    expect(listPhotos(store, otherTrip).map((p) => p.id)).toEqual([foreign.id]);
    restorePhoto(store, b.id);
    expect(names()).toEqual(['C.jpg', 'A.jpg', 'B.jpg']);

    const dispatch = testDispatcher(store);
    expect(await dispatch('photos.reorder', { tripId, photoIds: [a.id, 'x'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'photoIds.1' } });
    expect(await dispatch('photos.reorder', { tripId, photoIds: [a.id] })).toMatchObject({ ok: false, error: { field: 'photoIds' } });
    const ok = await dispatch('photos.reorder', { tripId, photoIds: [b.id, a.id, c.id] });
    expect(ok.ok && (ok.value as Photo[]).map((p) => p.fileName)).toEqual(['B.jpg', 'A.jpg', 'C.jpg']);
  });

  it('blobs never change once written', () => {
    addPhoto(store, photo());
    expect(() => store.db.prepare(`UPDATE blobs SET mime = 'x'`).run()).toThrow(/immutable/);
  });

  it('offers the trip\'s agenda items, labelled with the place\'s day and time', () => {
    expect(agendaOptions(store, tripId)).toEqual([]);
    const item = createAgendaItem(
      store,
      agendaCreateSchema.parse({
        tripId,
        kind: 'welcome',
        title: 'Penyambutan oleh Sekda Kota Malang',
        startLocal: '2025-04-24T09:00',
        startZone: 'Asia/Jakarta',
        endLocal: '2025-04-24T10:30',
      }),
    );
    expect(agendaOptions(store, tripId)).toEqual([{ id: item.id, label: 'Kamis, 24 April 2025 · 09.00 WIB · Penyambutan oleh Sekda Kota Malang' }]);
    removeAgendaItem(store, item.id);
    expect(agendaOptions(store, tripId)).toEqual([]);
  });
});

describe('media over the dispatcher', () => {
  it('refuses a file URL and a copy larger than the limit before any service runs', async () => {
    const dispatch = testDispatcher(store);
    const bad = await dispatch('coverage.create', { tripId, outlet: 'X', headline: 'Y', url: 'file:///C:/a' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'url', key: 'validation.url' } });
    const okay = await dispatch('coverage.create', { tripId, outlet: 'X', headline: 'Y' });
    expect(okay.ok).toBe(true);
    const big = await dispatch('photos.add', { ...photo(), imageBase64: 'A'.repeat(8_100_000) });
    expect(big).toMatchObject({ ok: false, error: { field: 'imageBase64', key: 'validation.fileTooLarge' } });
    const wide = await dispatch('photos.update', { id: tripId, caption: 'x', agendaItemId: 'not-an-id' });
    expect(wide.ok).toBe(false);
  });
});
