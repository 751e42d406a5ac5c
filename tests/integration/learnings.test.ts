import { beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import {
  createFollowup,
  createLearning,
  followupHistory,
  listLearnings,
  removeFollowup,
  removeLearning,
  reorderLearnings,
  restoreFollowup,
  restoreLearning,
  setFollowupStatus,
  tracker,
  updateFollowup,
  updateLearning,
} from '../../main/learnings';
import { createTrip, deleteTrip } from '../../main/trips/service';
import { createAgendaItem, removeAgendaItem } from '../../main/agenda/service';
import { agendaCreateSchema } from '../../shared/agenda/schemas';
import { createStore, type Store } from '../../main/db/store';
import {
  followupCreateSchema,
  learningCreateSchema,
  trackerSchema,
  type FollowupCreateInput,
  type LearningCreateInput,
} from '../../shared/learnings/schemas';
import { AppError } from '../../shared/result';
import { useTempStore } from '../helpers/db';

const t = useTempStore();
let store: Store;
beforeEach(() => {
  // A clock that moves on every call: two writes never share a millisecond.
  let tick = Date.UTC(2025, 6, 1);
  store = createStore(t.store.db, { now: () => (tick += 1000) });
});

const trip = (title = 'Studi komparasi ke Kota Malang', start = '2025-06-10', end = '2025-06-12') =>
  createTrip(store, { title, startDate: start, endDate: end, originInstitutionId: null, hostRegionCodes: [], background: '', purpose: '', objectives: '', scope: '', legalBasis: [], status: 'planned' });
const learning = (input: LearningCreateInput) => createLearning(store, learningCreateSchema.parse(input));
const followup = (input: FollowupCreateInput) => createFollowup(store, followupCreateSchema.parse(input));
const track = (input: z.input<typeof trackerSchema>) => tracker(store, trackerSchema.parse(input));
const agendaItem = (tripId: string, title: string, startLocal = '2025-06-10T09:00', endLocal = '2025-06-10T10:00') =>
  createAgendaItem(store, agendaCreateSchema.parse({ tripId, kind: 'other', title, startLocal, startZone: 'Asia/Jakarta', endLocal }));
const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('learnings', () => {
  it('creates, lists in order and round-trips figures, dimensions and agenda ids', () => {
    const tr = trip();
    const agendaId = agendaItem(tr.id, 'Penyambutan oleh Sekda Kota Malang').id;
    const a = learning({
      tripId: tr.id,
      topic: 'Integrasi aplikasi layanan publik',
      agendaItemIds: [agendaId],
      hostPractice: 'Kota Malang menggabungkan aplikasi layanan publik.',
      figures: [
        { label: 'Aplikasi layanan publik', value: '108 → 28' },
        { label: 'Command Center sejak', value: '2016' },
      ],
      dimensions: ['governance', 'living'],
      spbeDomains: ['services', 'governance'],
      responsibleUnit: 'Diskominfo',
      priority: 'high',
    });
    const b = learning({ tripId: tr.id, topic: 'Layanan darurat 112' });
    const list = listLearnings(store, tr.id);
    expect(list.map((l) => l.topic)).toEqual(['Integrasi aplikasi layanan publik', 'Layanan darurat 112']);
    expect(list[0]?.figures).toEqual([
      { label: 'Aplikasi layanan publik', value: '108 → 28' },
      { label: 'Command Center sejak', value: '2016' },
    ]);
    expect(list[0]?.agendaItemIds).toEqual([agendaId]);
    expect(list[0]?.dimensions).toEqual(['governance', 'living']);
    expect(list[0]?.spbeDomains).toEqual(['services', 'governance']);
    expect(list[0]?.priority).toBe('high');
    expect(b.priority).toBe('medium');
    expect(b.position).toBeGreaterThan(a.position);

    const u = updateLearning(store, { id: a.id, patch: { figures: [{ label: 'Aplikasi', value: '28' }], recommendation: 'Bentuk tim integrasi' } });
    expect(u.figures).toEqual([{ label: 'Aplikasi', value: '28' }]);
    expect(u.recommendation).toBe('Bentuk tim integrasi');
    expect(u.topic).toBe('Integrasi aplikasi layanan publik');
    expect(u.dimensions).toEqual(['governance', 'living']);

    const r = reorderLearnings(store, { tripId: tr.id, learningIds: [b.id, a.id] });
    expect(r.map((l) => l.id)).toEqual([b.id, a.id]);
    expect(() => reorderLearnings(store, { tripId: tr.id, learningIds: [b.id] })).toThrow(AppError);
  });

  it('accepts only live agenda items of the same trip in agendaItemIds; a refusal writes nothing', () => {
    const tr = trip();
    const other = trip('Studi komparasi ke Kota Bandung', '2025-03-01', '2025-03-02');
    const welcome = agendaItem(tr.id, 'Penyambutan oleh Sekda Kota Malang');
    const ncc = agendaItem(tr.id, 'Kunjungan ke Ngalam Command Center', '2025-06-10T13:00', '2025-06-10T15:00');
    const gone = agendaItem(tr.id, 'Makan siang', '2025-06-10T11:00', '2025-06-10T12:00');
    removeAgendaItem(store, gone.id);
    const foreign = agendaItem(other.id, 'Penyambutan di Bandung', '2025-03-01T09:00', '2025-03-01T10:00');

    const l = learning({ tripId: tr.id, topic: 'Command Center', agendaItemIds: [welcome.id, ncc.id] });
    expect(listLearnings(store, tr.id)[0]?.agendaItemIds).toEqual([welcome.id, ncc.id]);
    expect(updateLearning(store, { id: l.id, patch: { agendaItemIds: [ncc.id] } }).agendaItemIds).toEqual([ncc.id]);

    const before = [count('learnings'), count('change_log')];
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect(e).toMatchObject({ code: 'VALIDATION', field: 'agendaItemIds', key: 'learnings.errors.agendaItemNotInTrip' });
        return;
      }
      throw new Error('not refused');
    };
    for (const bad of [[foreign.id], [welcome.id, gone.id], [uuidv7()]]) {
      refused(() => learning({ tripId: tr.id, topic: 'Tidak tersimpan', agendaItemIds: bad }));
      refused(() => updateLearning(store, { id: l.id, patch: { topic: 'Tidak tersimpan', agendaItemIds: bad } }));
    }
    expect([count('learnings'), count('change_log')]).toEqual(before);
    expect(listLearnings(store, tr.id).map((x) => [x.topic, x.agendaItemIds])).toEqual([['Command Center', [ncc.id]]]);
  });

  it('rejects bad input with field paths', () => {
    const tr = trip();
    const bad = learningCreateSchema.safeParse({ tripId: tr.id, topic: '  ', figures: [{ label: 'x', value: '' }], dimensions: ['smart'] });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['topic', 'figures.0.value', 'dimensions.0']));
    expect(followupCreateSchema.safeParse({ learningId: uuidv7(), action: 'x', targetDate: '2025-02-30' }).success).toBe(false);
  });

  it('a failure writes nothing: a learning on a deleted trip, a follow-up on a missing learning', () => {
    const tr = trip();
    deleteTrip(store, tr.id);
    const before = [count('learnings'), count('followups'), count('followup_history'), count('change_log')];
    expect(() => learning({ tripId: tr.id, topic: 'x' })).toThrow(/does not exist/);
    expect(() => followup({ learningId: uuidv7(), action: 'x' })).toThrow(/does not exist/);
    expect([count('learnings'), count('followups'), count('followup_history'), count('change_log')]).toEqual(before);
  });

  it('remove and restore bring back the learning with exactly its follow-ups', () => {
    const tr = trip();
    const l = learning({ tripId: tr.id, topic: 'Command Center' });
    const f1 = followup({ learningId: l.id, action: 'Kaji kebutuhan command center' });
    const f2 = followup({ learningId: l.id, action: 'Susun KAK' });
    removeFollowup(store, f2.id); // removed before: stays removed
    removeLearning(store, l.id);
    expect(listLearnings(store, tr.id)).toEqual([]);
    expect(track({ today: '2025-07-01' }).total).toBe(0);
    const back = restoreLearning(store, l.id);
    expect(back.followups.map((f) => f.id)).toEqual([f1.id]);
    restoreFollowup(store, f2.id);
    expect(listLearnings(store, tr.id)[0]?.followups.map((f) => f.id)).toEqual([f1.id, f2.id]);
  });
});

describe('follow-ups', () => {
  it('every status change appends one history row in the same transaction', () => {
    const tr = trip();
    const l = learning({ tripId: tr.id, topic: 'Layanan darurat 112' });
    const f = followup({ learningId: l.id, action: 'Aktifkan layanan 112', ownerUnit: 'Diskominfo', targetDate: '2025-12-31' });
    expect(f.status).toBe('planned');
    expect(f.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([['', 'planned']]);

    const changeLogBefore = count('change_log');
    const s1 = setFollowupStatus(store, { id: f.id, status: 'in_progress', note: 'MoU dengan operator' });
    expect(s1.status).toBe('in_progress');
    // One PATCH of the follow-up and one PUT of the history row, stamped with one clock value.
    const log = store.db.prepare(`SELECT table_name, op, hlc FROM change_log WHERE seq > ? ORDER BY seq`).all(changeLogBefore) as Array<{ table_name: string; op: string; hlc: string }>;
    expect(log.map((x) => [x.table_name, x.op])).toEqual([
      ['followups', 'PATCH'],
      ['followup_history', 'PUT'],
    ]);
    expect(new Set(log.map((x) => x.hlc)).size).toBe(1);

    setFollowupStatus(store, { id: f.id, status: 'in_progress', note: '' }); // same status: nothing recorded
    setFollowupStatus(store, { id: f.id, status: 'done', note: 'Sudah beroperasi' });
    const h = followupHistory(store, f.id);
    expect(h.map((x) => [x.fromStatus, x.toStatus, x.note])).toEqual([
      ['', 'planned', ''],
      ['planned', 'in_progress', 'MoU dengan operator'],
      ['in_progress', 'done', 'Sudah beroperasi'],
    ]);
    expect(listLearnings(store, tr.id)[0]?.followups[0]?.history).toHaveLength(3);

    const u = updateFollowup(store, { id: f.id, patch: { evidence: 'SK Wali Kota' } });
    expect(u.evidence).toBe('SK Wali Kota');
    expect(u.status).toBe('done');
    expect(u.action).toBe('Aktifkan layanan 112');
  });

  it('a failing status change writes neither the status nor a history row', () => {
    const tr = trip();
    const l = learning({ tripId: tr.id, topic: 'CCTV' });
    const f = followup({ learningId: l.id, action: 'Pasang CCTV' });
    // Make the history insert fail after the status update has run.
    store.db.exec(`CREATE TRIGGER fail_history BEFORE INSERT ON followup_history BEGIN SELECT RAISE(ABORT, 'boom'); END;`);
    expect(() => setFollowupStatus(store, { id: f.id, status: 'in_progress', note: '' })).toThrow(/boom/);
    store.db.exec(`DROP TRIGGER fail_history`);
    expect(listLearnings(store, tr.id)[0]?.followups[0]?.status).toBe('planned');
    expect(followupHistory(store, f.id)).toHaveLength(1);
  });
});

describe('tracker', () => {
  function seed() {
    const malang = trip('Studi komparasi ke Kota Malang', '2025-06-10', '2025-06-12');
    const bdg = trip('Studi komparasi ke Kota Bandung', '2025-03-01', '2025-03-02');
    const cc = learning({ tripId: malang.id, topic: 'Command Center', dimensions: ['governance'], responsibleUnit: 'Diskominfo' });
    const wifi = learning({ tripId: malang.id, topic: 'Wifi gratis', dimensions: ['society', 'living'], responsibleUnit: 'Diskominfo' });
    const brand = learning({ tripId: bdg.id, topic: 'Branding kota', dimensions: ['branding'], responsibleUnit: 'Dinas Pariwisata' });
    const late = followup({ learningId: cc.id, action: 'Kaji kebutuhan command center', ownerUnit: 'Bappeda', targetDate: '2025-06-30' });
    const lateDone = followup({ learningId: cc.id, action: 'Studi kelayakan', ownerUnit: 'Bappeda', targetDate: '2025-05-01' });
    setFollowupStatus(store, { id: lateDone.id, status: 'done', note: '' });
    const future = followup({ learningId: wifi.id, action: 'Titik wifi di taman', ownerUnit: 'Diskominfo', targetDate: '2025-08-01' });
    const today = followup({ learningId: brand.id, action: 'Logo kota baru', ownerUnit: 'Dinas Pariwisata', targetDate: '2025-07-01', status: 'in_progress' });
    const undated = followup({ learningId: brand.id, action: 'Festival tahunan', ownerUnit: '' });
    return { malang, bdg, late, lateDone, future, today, undated };
  }

  it('lists every live follow-up with its trip and learning, undated last', () => {
    const s = seed();
    const r = track({ today: '2025-07-01' });
    expect(r.total).toBe(5);
    expect(r.rows.map((x) => x.id)).toEqual([s.lateDone.id, s.late.id, s.today.id, s.future.id, s.undated.id]);
    const row = r.rows[1];
    expect(row).toMatchObject({ tripTitle: 'Studi komparasi ke Kota Malang', tripStartDate: '2025-06-10', topic: 'Command Center', dimensions: ['governance'], overdue: true });
    expect(r.counts).toEqual({ planned: 3, in_progress: 1, done: 1, cancelled: 0 });
    expect(r.overdueCount).toBe(1);
  });

  it('a text filter (one scan, ordered in memory) answers as the indexed path does: same rows, order, counts', () => {
    seed();
    // Same target dates and no dates at all, so the order of ties shows.
    const extra = learning({ tripId: trip('Studi komparasi ke Kota Surabaya', '2025-02-01', '2025-02-02').id, topic: 'Satu Data' });
    for (const [action, targetDate] of [['Data A', '2025-06-30'], ['Data B', '2025-06-30'], ['Data C', ''], ['Data D', '2025-06-30'], ['Data E', '']] as const) {
      followup({ learningId: extra.id, action, ownerUnit: 'Diskominfo', targetDate });
    }
    // Every follow-up's trip title holds "Studi komparasi": the filter keeps them all.
    for (const input of [{}, { overdue: true }, { status: 'planned' as const }, { status: 'done' as const }, { limit: 4 }]) {
      const indexed = track({ today: '2025-07-01', ...input });
      const scanned = track({ today: '2025-07-01', ...input, query: 'studi KOMPARASI' });
      expect(scanned, JSON.stringify(input)).toEqual(indexed);
    }
  });

  it('overdue is judged against the given local date: before today and still open', () => {
    const s = seed();
    expect(track({ today: '2025-07-01', overdue: true }).rows.map((x) => x.id)).toEqual([s.late.id]);
    // On the target day itself the follow-up is not late yet; the next day it is.
    expect(track({ today: '2025-07-02', overdue: true }).rows.map((x) => x.id)).toEqual([s.late.id, s.today.id]);
    expect(track({ today: '2025-06-30', overdue: true }).rows).toEqual([]);
    setFollowupStatus(store, { id: s.late.id, status: 'cancelled', note: 'Anggaran tidak tersedia' });
    expect(track({ today: '2025-07-01', overdue: true }).total).toBe(0);
  });

  it('filters by status, dimension, unit and text', () => {
    const s = seed();
    const ids = (r: ReturnType<typeof track>) => r.rows.map((x) => x.id).sort();
    expect(ids(track({ today: '2025-07-01', status: 'in_progress' }))).toEqual([s.today.id]);
    expect(ids(track({ today: '2025-07-01', dimension: 'living' }))).toEqual([s.future.id]);
    expect(ids(track({ today: '2025-07-01', dimension: 'governance', status: 'planned' }))).toEqual([s.late.id]);
    // Owner unit or the learning's responsible unit, any case.
    expect(ids(track({ today: '2025-07-01', unit: 'diskominfo' }))).toEqual([s.late.id, s.lateDone.id, s.future.id].sort());
    expect(ids(track({ today: '2025-07-01', unit: 'Bappeda' }))).toEqual([s.late.id, s.lateDone.id].sort());
    expect(ids(track({ today: '2025-07-01', query: 'bandung' }))).toEqual([s.today.id, s.undated.id].sort());
    expect(track({ today: '2025-07-01', query: '100%' }).total).toBe(0);
    // Counts per status ignore the status filter but keep the others.
    expect(track({ today: '2025-07-01', status: 'done', unit: 'Bappeda' }).counts).toEqual({ planned: 1, in_progress: 0, done: 1, cancelled: 0 });
  });

  it('leaves out follow-ups of deleted trips', () => {
    const s = seed();
    deleteTrip(store, s.bdg.id);
    expect(track({ today: '2025-07-01' }).total).toBe(3);
  });
});
