import { describe, expect, it } from 'vitest';
import {
  addDays,
  findGaps,
  findImpossible,
  findOverlaps,
  formatDay,
  formatDuration,
  formatSpan,
  formatTime,
  groupByLocalDate,
  instantToLocal,
  localDateOf,
  localToInstant,
  zoneLabel,
  zoneOffsetMinutes,
  type TimedItem,
} from '../../shared/zones';
import { defaultAgendaZone } from '../../shared/agenda/schemas';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

describe('zone arithmetic (independent of the laptop zone: run with any TZ)', () => {
  it('turns 08.00 WITA into 00.00 UTC and 07.00 WIB', () => {
    const t = localToInstant('2025-04-24T08:00', WITA);
    expect(new Date(t).toISOString()).toBe('2025-04-24T00:00:00.000Z');
    expect(instantToLocal(t, WIB)).toBe('2025-04-24T07:00');
    expect(instantToLocal(t, WITA)).toBe('2025-04-24T08:00');
    expect(instantToLocal(t, WIT)).toBe('2025-04-24T09:00');
  });

  it('goes back from WIB to WITA', () => {
    const t = localToInstant('2025-04-24T10:15', WIB);
    expect(new Date(t).toISOString()).toBe('2025-04-24T03:15:00.000Z');
    expect(formatTime(t, WITA)).toBe('11.15 WITA');
  });

  it('derives offsets from Intl', () => {
    const t = Date.UTC(2025, 3, 24);
    expect(zoneOffsetMinutes(WIB, t)).toBe(420);
    expect(zoneOffsetMinutes(WITA, t)).toBe(480);
    expect(zoneOffsetMinutes(WIT, t)).toBe(540);
    expect(zoneOffsetMinutes('Asia/Pontianak', t)).toBe(420);
  });

  it('gives the local date of an instant near midnight, which differs between zones', () => {
    // 23.30 WIB on the 24th is 00.30 WITA on the 25th.
    const t = localToInstant('2025-04-24T23:30', WIB);
    expect(localDateOf(t, WIB)).toBe('2025-04-24');
    expect(localDateOf(t, WITA)).toBe('2025-04-25');
    expect(localDateOf(t, WIT)).toBe('2025-04-25');
    expect(instantToLocal(localToInstant('2025-04-25T00:30', WITA), WIB)).toBe('2025-04-24T23:30');
  });

  it('refuses what is not a real local date-time', () => {
    expect(() => localToInstant('2025-02-30T09:00', WIB)).toThrow();
    expect(() => localToInstant('2025-04-24 09:00', WIB)).toThrow();
    expect(() => localToInstant('2025-04-24T24:00', WIB)).toThrow();
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2025-04-30', 1)).toBe('2025-05-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('Indonesian labels and formats', () => {
  it('names zones WIB / WITA / WIT', () => {
    expect(zoneLabel(WIB)).toBe('WIB');
    expect(zoneLabel('Asia/Pontianak')).toBe('WIB');
    expect(zoneLabel(WITA)).toBe('WITA');
    expect(zoneLabel(WIT)).toBe('WIT');
  });

  it('prints "08.00 WITA" with a dot, never GMT+8', () => {
    const t = localToInstant('2025-04-24T08:00', WITA);
    expect(formatTime(t, WITA)).toBe('08.00 WITA');
    expect(formatTime(t, WITA)).not.toContain('GMT');
  });

  it('prints "Kamis, 24 April 2025"', () => {
    expect(formatDay('2025-04-24')).toBe('Kamis, 24 April 2025');
    expect(formatDay('2025-04-25')).toBe('Jumat, 25 April 2025');
    expect(formatDay('2025-04-24', 'en')).toBe('Thursday, April 24, 2025');
  });

  it('prints spans: one zone, and a travel leg across zones', () => {
    const a = localToInstant('2025-04-24T09:00', WIB);
    const b = localToInstant('2025-04-24T11:00', WIB);
    expect(formatSpan(a, WIB, b, WIB)).toBe('09.00–11.00 WIB');
    const dep = localToInstant('2025-04-24T05:00', WITA);
    const arr = localToInstant('2025-04-24T10:15', WIB);
    expect(formatSpan(dep, WITA, arr, WIB)).toBe('05.00 WITA – 10.15 WIB');
    // The leg lasts 6 h 15 min, not 5 h 15 min.
    expect((arr - dep) / 60_000).toBe(375);
  });

  it('prints durations', () => {
    expect(formatDuration(45)).toBe('45 menit');
    expect(formatDuration(90)).toBe('1 jam 30 menit');
    expect(formatDuration(120)).toBe('2 jam');
  });
});

const item = (id: string, start: string, startZone: string, end: string, endZone = startZone, extra: Partial<TimedItem> = {}): TimedItem => ({
  id,
  startAt: localToInstant(start, startZone),
  startZone,
  endAt: localToInstant(end, endZone),
  endZone,
  attendance: 'all',
  memberIds: [],
  ...extra,
});

describe('a trip spanning two zones', () => {
  const travel = item('travel', '2025-04-24T05:00', WITA, '2025-04-24T10:15', WIB, { kind: 'travel' });
  const reception = item('reception', '2025-04-24T10:30', WIB, '2025-04-24T12:00');
  const visit = item('visit', '2025-04-24T13:00', WIB, '2025-04-24T15:00');
  const late = item('late', '2025-04-24T23:30', WIB, '2025-04-24T23:50');
  const homeNext = item('home', '2025-04-25T00:15', WITA, '2025-04-25T01:00');

  it('groups by the local date of the place', () => {
    const days = groupByLocalDate([visit, homeNext, late, reception, travel]);
    expect(days.map((d) => d.date)).toEqual(['2025-04-24', '2025-04-25']);
    expect(days[0]?.items.map((i) => i.id)).toEqual(['travel', 'reception', 'visit', 'late']);
    // 00.15 WITA on the 25th is 23.15 WIB on the 24th: it still belongs to the 25th of its place.
    expect(days[1]?.items.map((i) => i.id)).toEqual(['home']);
  });

  it('finds gaps between consecutive items', () => {
    expect(findGaps([travel, reception, visit])).toEqual([
      { afterId: 'travel', beforeId: 'reception', minutes: 15 },
      { afterId: 'reception', beforeId: 'visit', minutes: 60 },
    ]);
  });

  it('detects overlaps across zones: a reception at 09.00 WIB while the plane lands at 10.15 WIB', () => {
    const early = item('early', '2025-04-24T09:00', WIB, '2025-04-24T10:00');
    expect(findOverlaps([travel, early, visit])).toEqual([['travel', 'early']]);
    // 10.15 WIB arrival and a 10.15 WIB start touch, they do not overlap.
    const touching = item('touch', '2025-04-24T10:15', WIB, '2025-04-24T11:00');
    expect(findOverlaps([travel, touching])).toEqual([]);
  });

  it('only flags overlaps that share people', () => {
    const a = item('a', '2025-04-24T13:00', WIB, '2025-04-24T14:00', WIB, { attendance: 'chosen', memberIds: ['m1'] });
    const b = item('b', '2025-04-24T13:30', WIB, '2025-04-24T14:30', WIB, { attendance: 'chosen', memberIds: ['m2'] });
    const c = item('c', '2025-04-24T13:30', WIB, '2025-04-24T14:30', WIB, { attendance: 'chosen', memberIds: ['m2', 'm1'] });
    expect(findOverlaps([a, b])).toEqual([]);
    expect(findOverlaps([a, c])).toEqual([['a', 'c']]);
    // "Everyone" meets anyone chosen.
    expect(findOverlaps([a, visit])).toEqual([['a', 'visit']]);
  });

  it('flags impossible sequences', () => {
    const backwards = item('back', '2025-04-24T11:00', WIB, '2025-04-24T10:00');
    // 10.15 WITA arrival from a 10.00 WIB departure: arrival (02.15 UTC) before departure (03.00 UTC).
    const leg = item('leg', '2025-04-24T10:00', WIB, '2025-04-24T10:15', WITA, { kind: 'travel' });
    const problems = findImpossible([backwards, leg, visit]);
    expect(problems.get('back')).toBe('endBeforeStart');
    expect(problems.get('leg')).toBe('arrivalBeforeDeparture');
    expect(problems.has('visit')).toBe(false);
  });
});

describe('default zone of an agenda item', () => {
  it('prefers the venue host region, then the trip first host region, then WIB', () => {
    expect(defaultAgendaZone(['35.73'], '51.08')).toBe(WITA);
    expect(defaultAgendaZone(['51.08', '35.73'])).toBe(WITA);
    expect(defaultAgendaZone(['35.73'])).toBe(WIB);
    expect(defaultAgendaZone([])).toBe(WIB);
  });
});
