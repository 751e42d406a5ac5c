import { describe, expect, it } from 'vitest';
import { parseDateInput, parseTimeInput, weekdayName, weekdayOf, type DateOrder } from '../../shared/date-input';

const REF = '2025-04-10';
const date = (text: string, order: DateOrder = 'dmy', reference = REF) => {
  const r = parseDateInput(text, { reference, order });
  return r.ok ? r.date : `!${r.reason}`;
};

describe('reading a typed date', () => {
  it.each([
    ['24/04/2025', '2025-04-24'],
    ['24/4/2025', '2025-04-24'],
    ['4/5/2025', '2025-05-04'],
    ['24-4-2025', '2025-04-24'],
    ['24-04-2025', '2025-04-24'],
    ['24.4.2025', '2025-04-24'],
    ['24.04.2025', '2025-04-24'],
    ['24/4/25', '2025-04-24'],
    ['24042025', '2025-04-24'],
    ['20250424', '2025-04-24'],
    ['2025-04-24', '2025-04-24'],
    ['2025-4-24', '2025-04-24'],
    ['2025/04/24', '2025-04-24'],
    ['24 April 2025', '2025-04-24'],
    ['24 april 2025', '2025-04-24'],
    ['24 Apr 2025', '2025-04-24'],
    ['24 Apr. 2025', '2025-04-24'],
    ['24-Apr-2025', '2025-04-24'],
    ['1 Mei 2025', '2025-05-01'],
    ['17 Agustus 2025', '2025-08-17'],
    ['17 Agt 2025', '2025-08-17'],
    ['2 Desember 2020', '2020-12-02'],
    ['10 Nopember 2025', '2025-11-10'],
    ['5 Pebruari 2025', '2025-02-05'],
    ['29 Februari 2024', '2024-02-29'],
    ['  24 April 2025  ', '2025-04-24'],
    ['tanggal 24 April 2025', '2025-04-24'],
    ['Kamis, 24 April 2025', '2025-04-24'],
    ['Kamis 24/4/2025', '2025-04-24'],
    ['Hari Kamis, tanggal 24 April 2025.', '2025-04-24'],
    ['24 April 2025 (Kamis)', '2025-04-24'],
    ['April 24, 2025', '2025-04-24'],
    ['Apr 24 2025', '2025-04-24'],
    ['April 24th, 2025', '2025-04-24'],
    ['the 24th of April 2025', '2025-04-24'],
    ['Thursday, April 24, 2025', '2025-04-24'],
    ['Thu, 24 Apr 2025', '2025-04-24'],
  ])('%s → %s', (text, iso) => {
    expect(date(text)).toBe(iso);
  });

  it('takes the nearest year when none is written', () => {
    expect(date('24/4')).toBe('2025-04-24');
    expect(date('24 April')).toBe('2025-04-24');
    expect(date('April 24')).toBe('2025-04-24');
    expect(date('1/1')).toBe('2025-01-01');
    // Late in the year, early January is next year's; early in the year, late December is last year's.
    expect(date('5/1', 'dmy', '2025-12-20')).toBe('2026-01-05');
    expect(date('28/12', 'dmy', '2026-01-03')).toBe('2025-12-28');
    // 29 February only where there is one.
    expect(date('29/2', 'dmy', '2025-03-01')).toBe('2024-02-29');
    expect(date('29/2', 'dmy', '2028-01-15')).toBe('2028-02-29');
    // No reference date to go by: still a date.
    expect(date('24/4', 'dmy', '')).toBe('2000-04-24');
  });

  it('reads numbers in the order of the language, the other order only when the first cannot be a date', () => {
    expect(date('4/5/2025', 'dmy')).toBe('2025-05-04');
    expect(date('4/5/2025', 'mdy')).toBe('2025-04-05');
    expect(date('04/24/2025', 'mdy')).toBe('2025-04-24');
    expect(date('24/04/2025', 'mdy')).toBe('2025-04-24');
    expect(date('4/24/2025', 'dmy')).toBe('2025-04-24');
    expect(date('4/24', 'mdy')).toBe('2025-04-24');
    expect(date('2025-04-05', 'mdy')).toBe('2025-04-05');
    expect(date('13/13/2025', 'dmy')).toBe('!noSuchDate');
  });

  it('checks a day name against the date and names the real day', () => {
    const wrong = parseDateInput('Jumat (26/4/2025)', { reference: REF });
    expect(wrong).toEqual({ ok: true, date: '2025-04-26', dayName: { given: 5, actual: 6, matches: false } });
    expect(weekdayName(6)).toBe('Sabtu');
    expect(weekdayName(5, 'en')).toBe('Friday');

    expect(parseDateInput('Jumat, 25 April 2025', { reference: REF })).toEqual({ ok: true, date: '2025-04-25', dayName: { given: 5, actual: 5, matches: true } });
    expect(parseDateInput("Jum'at, 25 April 2025", { reference: REF })).toMatchObject({ ok: true, dayName: { given: 5, matches: true } });
    expect(parseDateInput('Minggu 27/4/2025', { reference: REF })).toMatchObject({ ok: true, dayName: { given: 0, actual: 0, matches: true } });
    expect(parseDateInput('Senin, 24 April 2025', { reference: REF })).toMatchObject({ dayName: { given: 1, actual: 4, matches: false } });
    expect(parseDateInput('Friday, April 26, 2025', { reference: REF, order: 'mdy' })).toMatchObject({ date: '2025-04-26', dayName: { given: 5, actual: 6, matches: false } });
    expect(parseDateInput('Sab 26/4', { reference: REF })).toMatchObject({ date: '2025-04-26', dayName: { matches: true } });
    // No day name: nothing to check.
    expect(parseDateInput('26/4/2025', { reference: REF })).toEqual({ ok: true, date: '2025-04-26' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['besok', 'unrecognised'],
    ['Jumat', 'unrecognised'],
    ['Jumat, Sabtu 26/4/2025', 'unrecognised'],
    ['24 Foo 2025', 'unrecognised'],
    ['24/4/2025/1', 'unrecognised'],
    ['24/4-2025', 'unrecognised'],
    ['24/04/202', 'unrecognised'],
    ['2025-04', 'unrecognised'],
    ['31/02/2025', 'noSuchDate'],
    ['29/2/2025', 'noSuchDate'],
    ['32/4/2025', 'noSuchDate'],
    ['0/4/2025', 'noSuchDate'],
    ['31 April 2025', 'noSuchDate'],
    ['2025-02-30', 'noSuchDate'],
    ['24/4/1850', 'yearOutOfRange'],
    ['24 April 2525', 'yearOutOfRange'],
  ])('%j fails: %s', (text, reason) => {
    expect(parseDateInput(text, { reference: REF })).toEqual({ ok: false, reason });
  });

  it('knows the weekday whatever the computer’s time zone', () => {
    expect(weekdayOf('2025-04-24')).toBe(4);
    expect(weekdayOf('2025-04-26')).toBe(6);
    expect(weekdayOf('2000-01-01')).toBe(6);
  });
});

describe('reading a typed time', () => {
  it.each([
    ['08.00', '08:00'],
    ['8.00', '08:00'],
    ['08:00', '08:00'],
    ['8:05', '08:05'],
    ['0800', '08:00'],
    ['800', '08:00'],
    ['1430', '14:30'],
    ['8', '08:00'],
    ['0', '00:00'],
    ['23.59', '23:59'],
    ['14h30', '14:30'],
    ['pukul 08.00', '08:00'],
    ['Pkl. 13.30', '13:30'],
    ['jam 9', '09:00'],
    ['9:00 AM', '09:00'],
    ['9:00 PM', '21:00'],
    ['9:00am', '09:00'],
    ['9.30pm', '21:30'],
    ['9 pm', '21:00'],
    ['12:00 AM', '00:00'],
    ['12:30 PM', '12:30'],
    ['12 a.m.', '00:00'],
    ['7 pagi', '07:00'],
    ['11 siang', '11:00'],
    ['1 siang', '13:00'],
    ['3 sore', '15:00'],
    ['8 malam', '20:00'],
    ['12 malam', '00:00'],
    ['2 malam', '02:00'],
    ['14.00 siang', '14:00'],
  ])('%s → %s', (text, time) => {
    expect(parseTimeInput(text)).toEqual({ ok: true, time });
  });

  it('returns the zone word written after the time, without applying it', () => {
    expect(parseTimeInput('08.00 WIB')).toEqual({ ok: true, time: '08:00', zone: 'WIB' });
    expect(parseTimeInput('pukul 10.30 WITA')).toEqual({ ok: true, time: '10:30', zone: 'WITA' });
    expect(parseTimeInput('19.00 wit')).toEqual({ ok: true, time: '19:00', zone: 'WIT' });
    expect(parseTimeInput('9:00 AM UTC')).toEqual({ ok: true, time: '09:00', zone: 'UTC' });
  });

  it.each([
    ['', 'empty'],
    ['pagi', 'unrecognised'],
    ['08.00 - 10.00', 'unrecognised'],
    ['8.5', 'unrecognised'],
    ['08.00 WIB WITA', 'unrecognised'],
    ['delapan', 'unrecognised'],
    ['24.00', 'noSuchTime'],
    ['25:00', 'noSuchTime'],
    ['08.60', 'noSuchTime'],
    ['13:00 AM', 'noSuchTime'],
    ['0 pm', 'noSuchTime'],
  ])('%j fails: %s', (text, reason) => {
    expect(parseTimeInput(text)).toEqual({ ok: false, reason });
  });
});
