/**
 * Receipts (bukti) of a member's cost lines (issue 15 item 6), through the
 * dispatcher on a real SQLite file: the bytes checked by their first bytes
 * (PDF and images only, a clear error naming the field and the file
 * otherwise), stored once in blobs, removed and restored, kept with their
 * trip in the trash and gone with it when it is purged, and named on their
 * line of the rincian biaya (the .docx parsed back).
 */
import { describe, expect, it } from 'vitest';
import type { BuiltDoc, DocBytes } from '../../shared/documents/schemas';
import type { Receipt, ReceiptFile } from '../../shared/money/receipts';
import { useTempStore } from '../helpers/db';
import { readDocx } from '../helpers/docx';
import { b64, PDF, png, useReceiptCalls } from '../helpers/receipts';

const t = useTempStore();
const { call, attempt, trip } = useReceiptCalls(t);

describe('receipts of a member’s cost lines', () => {
  it('adds a PDF and an image, checked by their bytes; lists them; gives the file back', async () => {
    const { tripId, memberId } = await trip();
    const ticket = await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'tiket GA 345', fileName: 'tiket.pdf', dataBase64: b64(PDF) });
    expect(ticket).toMatchObject({ tripId, memberId, component: 'fare', label: 'tiket GA 345', fileName: 'tiket.pdf', mime: 'application/pdf', size: PDF.length });
    // The name never decides: a PNG called .pdf is an image.
    const bill = await call<Receipt>('receipts.add', { tripId, memberId, component: 'hotel', label: '', fileName: 'bill-hotel.pdf', dataBase64: b64(png()) });
    expect(bill.mime).toBe('image/png');
    expect((await call<Receipt[]>('receipts.list', { tripId })).map((r) => r.id)).toEqual([ticket.id, bill.id]);
    const file = await call<ReceiptFile>('receipts.file', { id: ticket.id });
    expect(Buffer.from(file.dataBase64, 'base64').equals(PDF)).toBe(true);
    expect(file).toMatchObject({ fileName: 'tiket.pdf', mime: 'application/pdf' });
    // The same bytes twice are one blob.
    await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'boarding pass', fileName: 'bp.pdf', dataBase64: b64(PDF) });
    expect(t.store.db.prepare(`SELECT count(*) FROM blobs WHERE mime = 'application/pdf'`).pluck().get()).toBe(1);
  });

  it('refuses bytes that are no PDF or image, naming the field and the file; refuses a member of another trip', async () => {
    const { tripId, memberId } = await trip();
    const r = await attempt('receipts.add', { tripId, memberId, component: 'fare', label: 'tiket', fileName: 'tiket.docx', dataBase64: b64(Buffer.from('PK\u0003\u0004 not a receipt')) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'VALIDATION', field: 'dataBase64', key: 'money.errors.receiptType', params: { name: 'tiket.docx' } });
    expect(r.error.message).toContain('tiket.docx');
    const bad = await attempt('receipts.add', { tripId, memberId, component: 'fare', label: '', fileName: 'x.pdf', dataBase64: 'not base64!' });
    expect(!bad.ok && bad.error.field).toBe('dataBase64');
    const unknownComponent = await attempt('receipts.add', { tripId, memberId, component: 'parking', label: '', fileName: 'x.pdf', dataBase64: b64(PDF) });
    expect(!unknownComponent.ok && unknownComponent.error.field).toBe('component');
    const other = await call<{ id: string }>('trips.create', { title: 'Kunjungan lain', startDate: '2026-05-04', endDate: '2026-05-05' });
    const wrongTrip = await attempt('receipts.add', { tripId: other.id, memberId, component: 'fare', label: '', fileName: 'x.pdf', dataBase64: b64(PDF) });
    expect(!wrongTrip.ok && [wrongTrip.error.field, wrongTrip.error.key]).toEqual(['memberId', 'money.errors.memberNotOfTrip']);
    expect(await call<Receipt[]>('receipts.list', { tripId })).toEqual([]);
  });

  it('removes with undo; goes to the trash with its trip and back; a purged trip takes its receipts and their blobs', async () => {
    const { tripId, memberId } = await trip();
    const r = await call<Receipt>('receipts.add', { tripId, memberId, component: 'fare', label: 'tiket GA 345', fileName: 'tiket.pdf', dataBase64: b64(PDF) });
    await call('receipts.remove', { id: r.id });
    expect(await call<Receipt[]>('receipts.list', { tripId })).toEqual([]);
    const again = await attempt('receipts.file', { id: r.id });
    expect(!again.ok && again.error.key).toBe('money.errors.receiptNotFound');
    expect((await call<Receipt>('receipts.restore', { id: r.id })).id).toBe(r.id);
    expect((await call<Receipt[]>('receipts.list', { tripId })).map((x) => x.label)).toEqual(['tiket GA 345']);

    await call('trips.delete', { id: tripId });
    expect((await attempt('receipts.list', { tripId })).ok).toBe(false);
    await call('trash.restore', { kind: 'trip', id: tripId });
    expect((await call<Receipt[]>('receipts.list', { tripId })).map((x) => x.id)).toEqual([r.id]);

    await call('trips.delete', { id: tripId });
    await call('trash.purge', { kind: 'trip', id: tripId });
    expect(t.store.db.prepare(`SELECT count(*) FROM money_receipts`).pluck().get()).toBe(0);
    expect(t.store.db.prepare(`SELECT count(*) FROM blobs WHERE mime = 'application/pdf'`).pluck().get()).toBe(0);
  });

  it('the rincian biaya names each receipt on its cost line', async () => {
    const { tripId, memberId } = await trip();
    await call('receipts.add', { tripId, memberId, component: 'fare', label: 'tiket GA 345', fileName: 'tiket.pdf', dataBase64: b64(PDF) });
    await call('receipts.add', { tripId, memberId, component: 'fare', label: 'boarding pass GA 345', fileName: 'bp.png', dataBase64: b64(png()) });
    await call('receipts.add', { tripId, memberId, component: 'hotel', label: '', fileName: 'bill-santika.pdf', dataBase64: b64(Buffer.concat([PDF, Buffer.from('x')])) });
    await call('receipts.add', { tripId, memberId, component: 'vehicle_hire', label: 'sewa mobil', fileName: 'sewa.pdf', dataBase64: b64(Buffer.concat([PDF, Buffer.from('y')])) });
    const doc = await call<BuiltDoc>('docs.build', { tripId, kind: 'cost_detail' });
    const file = await call<DocBytes>('docs.fetch', { exportId: doc.exportId });
    const text = readDocx(Buffer.from(file.dataBase64, 'base64')).text;
    expect(text).toContain('Bukti: tiket GA 345 (lampiran); boarding pass GA 345 (lampiran)');
    // No label: the file's name.
    expect(text).toContain('Bukti: bill-santika.pdf (lampiran)');
    // A receipt of a component without a line is named under the table.
    expect(text).toContain('Bukti: Sewa Kendaraan sewa mobil (lampiran)');
    // The tickets' receipts stand on the ticket line, between its rule and the next line.
    const fare = text.indexOf('Biaya Tiket');
    expect(text.indexOf('Bukti: tiket GA 345')).toBeGreaterThan(fare);
  });
});
