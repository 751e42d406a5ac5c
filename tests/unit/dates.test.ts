import { describe, expect, it } from 'vitest';
import { dayCount, formatDateRange, formatLongDate, isRealIsoDate } from '../../shared/dates';

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isRealIsoDate('2025-04-24')).toBe(true);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2025-13-01')).toBe(false);
    expect(isRealIsoDate('24/04/2025')).toBe(false);
    expect(isRealIsoDate('2025-4-24')).toBe(false);
    expect(isRealIsoDate('')).toBe(false);
  });

  it('writes the Indonesian long date with the right day name', () => {
    expect(formatLongDate('2025-04-24')).toBe('Kamis, 24 April 2025');
    expect(formatLongDate('2020-12-02')).toBe('Rabu, 2 Desember 2020');
    expect(formatLongDate('2025-04-24', 'en')).toBe('Thursday, April 24, 2025');
  });

  it('writes ranges as a person would', () => {
    expect(formatDateRange('2025-04-24', '2025-04-24')).toBe('24 April 2025');
    expect(formatDateRange('2025-04-24', '2025-04-26')).toBe('24–26 April 2025');
    expect(formatDateRange('2025-04-30', '2025-05-02')).toBe('30 April – 2 Mei 2025');
    expect(formatDateRange('2025-12-30', '2026-01-02')).toBe('30 Desember 2025 – 2 Januari 2026');
    expect(formatDateRange('2025-04-24', '2025-04-26', 'en')).toBe('April 24–26, 2025');
  });

  it('counts days with both ends included, across month and DST-free years', () => {
    expect(dayCount('2025-04-24', '2025-04-24')).toBe(1);
    expect(dayCount('2025-04-24', '2025-04-26')).toBe(3);
    expect(dayCount('2024-02-28', '2024-03-01')).toBe(3);
    expect(dayCount('bad', '2025-01-01')).toBe(0);
  });
});
