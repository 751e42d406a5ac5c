import { describe, expect, it } from 'vitest';
import {
  compareProtocol,
  datesOverlap,
  duplicateNips,
  hasCustomOrder,
  isMissingNip,
  memberWarnings,
  moveItem,
  orderMembers,
  type Orderable,
} from '../../shared/delegation/protocol';

const m = (name: string, over: Partial<Orderable> = {}): Orderable & { id: string } => ({
  id: name,
  name,
  role: 'member',
  golongan: '',
  eselon: '',
  employment: 'pns',
  position: null,
  ...over,
});

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);

describe('protocol order', () => {
  it('orders by role: ketua, wakil ketua, anggota, sekretaris, pendamping, jurnalis', () => {
    const list = [
      m('Jurnalis', { role: 'journalist' }),
      m('Pendamping', { role: 'companion' }),
      m('Sekretaris', { role: 'secretary' }),
      m('Anggota', { role: 'member', golongan: 'IV/e' }),
      m('Wakil', { role: 'deputy_lead' }),
      m('Ketua', { role: 'lead', golongan: 'I/a' }),
    ];
    expect(names(orderMembers(list))).toEqual(['Ketua', 'Wakil', 'Anggota', 'Sekretaris', 'Pendamping', 'Jurnalis']);
  });

  it('within a role: elected first, then higher golongan, then eselon I before IV (none last), then name', () => {
    const list = [
      m('Wayan', { golongan: 'III/d', eselon: 'IV' }),
      m('Made', { golongan: 'IV/a', eselon: 'III' }),
      m('Komang', { golongan: 'IV/a', eselon: 'II' }),
      m('Ketut', { golongan: 'IV/a', eselon: '' }),
      m('Gede Supriatna', { employment: 'elected' }),
      m('Agus', { golongan: 'IV/b' }),
      m('Nyoman', { golongan: '' }),
      m('Budi', { golongan: 'III/d', eselon: 'IV' }),
    ];
    expect(names(orderMembers(list))).toEqual(['Gede Supriatna', 'Agus', 'Komang', 'Made', 'Ketut', 'Budi', 'Wayan', 'Nyoman']);
  });

  it('compares names in Indonesian collation, ignoring case', () => {
    expect(compareProtocol(m('ani'), m('Budi'))).toBeLessThan(0);
    expect(compareProtocol(m('Budi'), m('budi'))).toBe(0);
  });

  it('uses the user positions when any member has one; journalists still come last', () => {
    const list = [
      m('Ketua', { role: 'lead', position: 3 }),
      m('Jurnalis A', { role: 'journalist', position: 1 }),
      m('Anggota', { position: 2 }),
      m('Sekretaris', { role: 'secretary', position: 4 }),
      m('Jurnalis B', { role: 'journalist', position: 0.5 }),
    ];
    expect(hasCustomOrder(list)).toBe(true);
    expect(names(orderMembers(list))).toEqual(['Anggota', 'Ketua', 'Sekretaris', 'Jurnalis B', 'Jurnalis A']);
  });

  it('puts members without a position after the positioned ones, in protocol order', () => {
    const list = [m('Zed', { position: 1 }), m('Baru Anggota'), m('Baru Ketua', { role: 'lead' }), m('Yan', { position: 2 })];
    expect(names(orderMembers(list))).toEqual(['Zed', 'Yan', 'Baru Ketua', 'Baru Anggota']);
  });

  it('does not change the input array', () => {
    const list = [m('B'), m('A')];
    orderMembers(list);
    expect(names(list)).toEqual(['B', 'A']);
  });
});

describe('moveItem', () => {
  it('moves up and down, clamped at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 7, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('warnings, pure parts', () => {
  it('date ranges overlap when they share a day, both ends included', () => {
    expect(datesOverlap('2025-04-24', '2025-04-25', '2025-04-25', '2025-04-27')).toBe(true);
    expect(datesOverlap('2025-04-24', '2025-04-25', '2025-04-20', '2025-04-24')).toBe(true);
    expect(datesOverlap('2025-04-24', '2025-04-25', '2025-04-20', '2025-04-30')).toBe(true);
    expect(datesOverlap('2025-04-24', '2025-04-25', '2025-04-26', '2025-04-27')).toBe(false);
    expect(datesOverlap('2025-04-24', '2025-04-25', '2025-04-21', '2025-04-23')).toBe(false);
  });

  it('a NIP is missing only for PNS and PPPK', () => {
    expect(isMissingNip({ employment: 'pns', nip: '' })).toBe(true);
    expect(isMissingNip({ employment: 'pppk', nip: ' ' })).toBe(true);
    expect(isMissingNip({ employment: 'pns', nip: '198609262015051001' })).toBe(false);
    expect(isMissingNip({ employment: 'elected', nip: '' })).toBe(false);
    expect(isMissingNip({ employment: 'non_asn', nip: '' })).toBe(false);
  });

  it('finds members of different person rows sharing a NIP, never empty NIPs', () => {
    const dupes = duplicateNips([
      { id: 'm1', personId: 'p1', nip: '198609262015051001' },
      { id: 'm2', personId: 'p2', nip: '198609262015051001' },
      { id: 'm3', personId: 'p3', nip: '' },
      { id: 'm4', personId: 'p4', nip: '' },
      { id: 'm5', personId: 'p5', nip: '197001011995031002' },
    ]);
    expect([...dupes.entries()]).toEqual([
      ['m1', 'm2'],
      ['m2', 'm1'],
    ]);
  });

  it('lists a member’s warnings in a stable order: duplicate NIP, missing NIP, overlaps by date', () => {
    const w = memberWarnings({
      duplicateOf: 'm9',
      person: { employment: 'pns', nip: '' },
      overlaps: [
        { tripId: 't2', tripTitle: 'Kedua', startDate: '2025-04-25', endDate: '2025-04-26' },
        { tripId: 't1', tripTitle: 'Pertama', startDate: '2025-04-23', endDate: '2025-04-24' },
      ],
    });
    expect(w).toEqual([
      { kind: 'duplicateNip', otherMemberId: 'm9' },
      { kind: 'missingNip' },
      { kind: 'overlap', tripId: 't1', tripTitle: 'Pertama', startDate: '2025-04-23', endDate: '2025-04-24' },
      { kind: 'overlap', tripId: 't2', tripTitle: 'Kedua', startDate: '2025-04-25', endDate: '2025-04-26' },
    ]);
    expect(memberWarnings({ duplicateOf: undefined, person: { employment: 'elected', nip: '' }, overlaps: [] })).toEqual([]);
  });
});
