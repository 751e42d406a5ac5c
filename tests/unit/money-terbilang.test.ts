/**
 * Terbilang (shared/money/terbilang.ts): amounts in Indonesian words, as
 * receipts and the rincian biaya write them.
 */
import { describe, expect, it } from 'vitest';
import { numberInWords, terbilang } from '../../shared/money/terbilang';
import { MAX_SEN, rupiah } from '../../shared/money/rupiah';

describe('terbilang', () => {
  it.each([
    [0, 'nol rupiah'],
    [11, 'sebelas rupiah'],
    [1_000, 'seribu rupiah'],
    [1_000_000, 'satu juta rupiah'],
    [2_147_483_647, 'dua miliar seratus empat puluh tujuh juta empat ratus delapan puluh tiga ribu enam ratus empat puluh tujuh rupiah'],
    [480_000, 'empat ratus delapan puluh ribu rupiah'],
  ])('Rp%i is "%s"', (amount, words) => {
    expect(terbilang(rupiah(amount))).toBe(words);
  });

  it.each([
    [1, 'satu'],
    [10, 'sepuluh'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [210, 'dua ratus sepuluh'],
    [1_100, 'seribu seratus'],
    [2_000, 'dua ribu'],
    [10_000, 'sepuluh ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_001_000, 'satu juta seribu'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_000_000, 'satu triliun'],
    [2_000_001_000_011, 'dua triliun satu juta sebelas'],
    [999_999_999_999_999, 'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('%i is "%s" (the se- forms only for one ten, hundred or thousand)', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('writes the sen after the rupiah, and sen alone without "nol rupiah"', () => {
    expect(terbilang(48_000_025)).toBe('empat ratus delapan puluh ribu rupiah dua puluh lima sen');
    expect(terbilang(2_525)).toBe('dua puluh lima rupiah dua puluh lima sen');
    expect(terbilang(100_001)).toBe('seribu rupiah satu sen');
    expect(terbilang(50)).toBe('lima puluh sen');
    expect(terbilang(11)).toBe('sebelas sen');
  });

  it('capitalises for documents', () => {
    const amount = rupiah(480_000);
    expect(terbilang(amount, { case: 'title' })).toBe('Empat Ratus Delapan Puluh Ribu Rupiah');
    expect(terbilang(amount, { case: 'sentence' })).toBe('Empat ratus delapan puluh ribu rupiah');
    expect(terbilang(amount, { case: 'upper' })).toBe('EMPAT RATUS DELAPAN PULUH RIBU RUPIAH');
    expect(terbilang(2_525, { case: 'title' })).toBe('Dua Puluh Lima Rupiah Dua Puluh Lima Sen');
  });

  it('covers every amount the app takes, up to 90 triliun rupiah, and refuses the rest', () => {
    expect(terbilang(MAX_SEN)).toBe('sembilan puluh triliun rupiah');
    expect(() => terbilang(MAX_SEN + 1)).toThrow(RangeError);
    expect(() => terbilang(-100)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => numberInWords(1e15)).toThrow(RangeError);
  });
});
