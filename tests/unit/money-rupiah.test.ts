/**
 * Rupiah amounts (shared/money/rupiah.ts): integer sen, the two house styles
 * of writing them, and reading what people type.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SEN, formatRupiah, parseRupiah, percentOf, rupiah, senFromNumber, senSchema, typedRupiahSchema } from '../../shared/money/rupiah';

describe('amounts in sen', () => {
  it('stores whole rupiah as sen and reads spreadsheet numbers to the nearest sen', () => {
    expect(rupiah(480_000)).toBe(48_000_000);
    expect(senFromNumber(480_000)).toBe(48_000_000);
    expect(senFromNumber(480_000.5)).toBe(48_000_050);
    expect(senFromNumber(0.125)).toBe(13);
    expect(() => rupiah(1.5)).toThrow(RangeError);
    expect(() => senFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => rupiah(91_000_000_000_000)).toThrow(RangeError);
  });

  it('takes a percentage rounded half up to the rupiah', () => {
    expect(percentOf(rupiah(814_000), 30)).toBe(rupiah(244_200));
    expect(percentOf(rupiah(410_000), 40)).toBe(rupiah(164_000));
    // 40% of Rp410.001 is Rp164.000,40: Rp164.000. 30% of Rp1.138.005 is Rp341.401,50: Rp341.402.
    expect(percentOf(rupiah(410_001), 40)).toBe(rupiah(164_000));
    expect(percentOf(rupiah(1_138_005), 30)).toBe(rupiah(341_402));
    expect(percentOf(MAX_SEN, 100)).toBe(MAX_SEN);
    expect(() => percentOf(100, 12.5)).toThrow(RangeError);
    expect(() => percentOf(100, 101)).toThrow(RangeError);
  });
});

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp0', 'Rp 0,00'],
    [rupiah(480_000), 'Rp480.000', 'Rp 480.000,00'],
    [rupiah(999), 'Rp999', 'Rp 999,00'],
    [rupiah(1_000), 'Rp1.000', 'Rp 1.000,00'],
    [2_525, 'Rp25,25', 'Rp 25,25'],
    [5, 'Rp0,05', 'Rp 0,05'],
    [1_234_567_890, 'Rp12.345.678,90', 'Rp 12.345.678,90'],
    [rupiah(-635_800), '-Rp635.800', '-Rp 635.800,00'],
  ])('%i sen: compact "%s", formal "%s"', (amount, compact, formal) => {
    expect(formatRupiah(amount)).toBe(compact);
    expect(formatRupiah(amount, 'compact')).toBe(compact);
    expect(formatRupiah(amount, 'formal')).toBe(formal);
  });

  it('refuses what is not an amount', () => {
    expect(() => formatRupiah(0.5)).toThrow(RangeError);
    expect(() => formatRupiah(MAX_SEN + 1)).toThrow(RangeError);
  });
});

describe('parseRupiah', () => {
  it.each([
    ['480.000', 48_000_000],
    ['480000', 48_000_000],
    ['Rp 480.000,00', 48_000_000],
    ['Rp480.000', 48_000_000],
    ['rp. 480.000,-', 48_000_000],
    ['IDR 480.000', 48_000_000],
    ['  480 000 ', 48_000_000],
    ['1\u00a0480\u00a0000', 148_000_000],
    ['480.000,5', 48_000_050],
    ['480.000,05', 48_000_005],
    ['1.234.567,89', 123_456_789],
    ['0', 0],
    ['007', 700],
    ['90.000.000.000.000', MAX_SEN],
  ])('reads "%s" as %i sen', (text, sen) => {
    expect(parseRupiah(text)).toEqual({ ok: true, sen });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Rp', 'invalid'],
    ['empat ratus ribu', 'invalid'],
    ['1,2,3', 'invalid'],
    ['480.000 rupiah', 'invalid'],
    ['480.5', 'grouping'],
    ['48.00.000', 'grouping'],
    ['480.000.00', 'grouping'],
    ['480,000', 'decimals'],
    ['-480.000', 'negative'],
    ['Rp -5', 'negative'],
    ['90.000.000.000.001', 'tooLarge'],
    ['1000000000000000000', 'tooLarge'],
  ])('refuses "%s": %s', (text, problem) => {
    expect(parseRupiah(text)).toEqual({ ok: false, problem });
  });

  it('formats and parses back to the same sen', () => {
    for (const amount of [0, 5, 2_525, rupiah(480_000), 1_234_567_890, MAX_SEN]) {
      expect(parseRupiah(formatRupiah(amount, 'formal'))).toEqual({ ok: true, sen: amount });
      expect(parseRupiah(formatRupiah(amount, 'compact'))).toEqual({ ok: true, sen: amount });
    }
  });
});

describe('amount schemas', () => {
  it('reads a typed amount into sen, with the problem as the i18n key', () => {
    expect(typedRupiahSchema.parse('Rp 480.000,00')).toBe(48_000_000);
    const bad = typedRupiahSchema.safeParse('480.5');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('validation.money.grouping');
  });

  it('takes stored amounts as non-negative integer sen', () => {
    expect(senSchema.parse(48_000_000)).toBe(48_000_000);
    expect(senSchema.safeParse(-1).error?.issues[0]?.message).toBe('validation.money.negative');
    expect(senSchema.safeParse(1.5).error?.issues[0]?.message).toBe('validation.money.invalid');
    expect(senSchema.safeParse(MAX_SEN + 1).error?.issues[0]?.message).toBe('validation.money.tooLarge');
  });
});
