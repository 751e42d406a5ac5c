/**
 * Thumbnails of image receipts (issue 15 item 5), through the dispatcher on a
 * real SQLite file: an image comes with its thumbnail made like a photo's (a
 * real JPEG of at most 320 px); main checks its header, stores it once in
 * blobs and lists it as a data: URL with exactly those bytes; a PDF has none;
 * a thumbnail that is no complete JPEG or is too big is refused, writing
 * nothing; a purged trip takes its thumbnails along.
 */
import { describe, expect, it } from 'vitest';
import type { Receipt, ReceiptFile } from '../../shared/money/receipts';
import { useTempStore } from '../helpers/db';
import { mediaFixture } from '../helpers/media';
import { b64, PDF, png, useReceiptCalls } from '../helpers/receipts';

const t = useTempStore();
const { call, attempt, trip } = useReceiptCalls(t);

const JPEG = mediaFixture('photo-1600x1200.jpg');
const THUMB = mediaFixture('thumb-320x240.jpg');
const thumbBytes = (r: Receipt) => Buffer.from((r.thumbUrl ?? '').replace(/^data:image\/jpeg;base64,/, ''), 'base64');
const count = (sql: string) => t.store.db.prepare(sql).pluck().get();

describe('receipt thumbnails', () => {
  it('keeps an image’s thumbnail and lists it with its bytes; the file stays the original', async () => {
    const { tripId, memberId } = await trip();
    const bill = await call<Receipt>('receipts.add', { tripId, memberId, component: 'hotel', label: 'bill Santika', fileName: 'bill.jpg', dataBase64: b64(JPEG), thumbBase64: b64(THUMB) });
    expect(bill.mime).toBe('image/jpeg');
    expect(bill.thumbUrl?.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(thumbBytes(bill).equals(THUMB)).toBe(true);
    const [listed] = await call<Receipt[]>('receipts.list', { tripId });
    expect(thumbBytes(listed as Receipt).equals(THUMB)).toBe(true);
    const file = await call<ReceiptFile>('receipts.file', { id: bill.id });
    expect(Buffer.from(file.dataBase64, 'base64').equals(JPEG)).toBe(true);
    // A PNG receipt with the same thumbnail shares its blob.
    await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'boarding pass', fileName: 'bp.png', dataBase64: b64(png()), thumbBase64: b64(THUMB) });
    expect(count(`SELECT count(*) FROM blobs WHERE size = ${THUMB.length}`)).toBe(1);
  });

  it('a PDF, and an image sent without one, have no thumbnail', async () => {
    const { tripId, memberId } = await trip();
    const ticket = await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'tiket', fileName: 'tiket.pdf', dataBase64: b64(PDF), thumbBase64: b64(THUMB) });
    expect(ticket.thumbUrl).toBeNull();
    const bare = await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'bp', fileName: 'bp.png', dataBase64: b64(png()) });
    expect(bare.thumbUrl).toBeNull();
    expect(count(`SELECT count(*) FROM money_receipts WHERE thumb_sha256 IS NOT NULL`)).toBe(0);
    expect(count(`SELECT count(*) FROM blobs WHERE mime = 'image/jpeg'`)).toBe(0);
  });

  it('refuses a thumbnail that is no complete JPEG or is larger than 320 px, writing nothing', async () => {
    const { tripId, memberId } = await trip();
    const cases: Array<[Buffer, string]> = [
      [png(), 'media.errors.notJpeg'],
      [THUMB.subarray(0, THUMB.length - 200), 'media.errors.notJpeg'],
      [JPEG, 'media.errors.tooLarge'],
    ];
    for (const [thumb, key] of cases) {
      const r = await attempt('receipts.add', { tripId, memberId, component: 'hotel', label: '', fileName: 'bill.jpg', dataBase64: b64(JPEG), thumbBase64: b64(thumb) });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatchObject({ code: 'VALIDATION', field: 'thumbBase64', key, params: { name: 'bill.jpg' } });
    }
    expect(count(`SELECT count(*) FROM money_receipts`)).toBe(0);
    expect(count(`SELECT count(*) FROM blobs`)).toBe(0);
  });

  it('a purged trip takes its receipts’ thumbnails along', async () => {
    const { tripId, memberId } = await trip();
    await call<Receipt>('receipts.add', { tripId, memberId, component: 'hotel', label: '', fileName: 'bill.jpg', dataBase64: b64(JPEG), thumbBase64: b64(THUMB) });
    await call('trips.delete', { id: tripId });
    await call('trash.purge', { kind: 'trip', id: tripId });
    expect(count(`SELECT count(*) FROM blobs`)).toBe(0);
  });
});
