/**
 * What the receipts tests share: the dispatcher calls, a real PDF and PNG
 * made here, and the Malang trip with one Kepala Dinas whose costs are planned.
 */
import { beforeEach } from 'vitest';
import { deflateSync } from 'node:zlib';
import type { Dispatch } from '../../main/dispatcher';
import { rupiah as Rp } from '../../shared/money/rupiah';
import { SAMPLE_RATE_SET } from '../../shared/money/sample-rates';
import type { RateSet } from '../../shared/money/schemas';
import { testDispatcher, type TestDb } from './db';

/** One dispatcher per test, as the app has one (built documents wait in its outbox); `call` throws on a refusal, `attempt` answers it. */
export function useReceiptCalls(t: TestDb) {
  let dispatch: Dispatch;
  beforeEach(() => {
    dispatch = testDispatcher(t.store, t.path);
  });
  const attempt = (op: string, input: unknown) => dispatch(op, input);
  async function call<T>(op: string, input: unknown): Promise<T> {
    const r = await dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.field ?? ''} ${r.error.key ?? ''} ${r.error.message}`);
    return r.value as T;
  }
  /** The Malang trip with the sample rate set and one Kepala Dinas (room rate and a flight planned). */
  async function trip() {
    const withoutId = ({ id: _id, ...set }: RateSet) => set;
    await call('rateSets.create', { ...withoutId(SAMPLE_RATE_SET), sample: false, name: 'Standar Biaya 2026' });
    const origin = await call<{ id: string }>('institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
    const tr = await call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2026-04-23', endDate: '2026-04-24', originInstitutionId: origin.id, hostRegionCodes: ['35.73'] });
    const kadis = await call<{ id: string }>('members.addNew', {
      tripId: tr.id,
      role: 'lead',
      person: { kind: 'official', name: 'Ketut Suwarmawan', employment: 'pns', eselon: 'II', golongan: 'IV/c', nip: '197505122000031002', jabatan: 'Kepala Dinas' },
    });
    await call('memberMoney.update', { memberId: kadis.id, patch: { planned: { roomRate: Rp(1_500_000), tickets: [{ mode: 'air', label: 'Denpasar – Surabaya', amount: Rp(1_800_000) }] } } });
    return { tripId: tr.id, memberId: kadis.id };
  }
  return { call, attempt, trip };
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A real 1×1 white PNG (signature, IHDR, IDAT, IEND). */
export function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0))]);
}

export const b64 = (b: Buffer) => b.toString('base64');
