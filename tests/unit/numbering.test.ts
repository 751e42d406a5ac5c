import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING } from '../../shared/documents/schemas';
import { DEFAULT_REGISTER, registerSchema } from '../../shared/documents/issuers';
import { formatNumber, romanMonth } from '../../shared/documents/numbering';

const n = (template: string, code = '000.1.2.3', unit = '107.1') => ({ template, code, unit });

describe('official numbers from a template', () => {
  it('fills code, running number, unit and year as observed in real letters', () => {
    expect(formatNumber(n('{kode}/{nomor}/{unit}/{tahun}'), 4461, '2025-04-24')).toBe('000.1.2.3/4461/107.1/2025');
    expect(formatNumber(n('{kode}/BU-NGK/{nomor}/{bulan2}/{tahun}', '000.1.2.3', ''), 1551, '2026-06-03')).toBe('000.1.2.3/BU-NGK/1551/06/2026');
  });

  it('writes the month in Roman numerals I–XII and as two digits', () => {
    expect(['I', 'IV', 'IX', 'XII'].map((_, i) => romanMonth([1, 4, 9, 12][i]!))).toEqual(['I', 'IV', 'IX', 'XII']);
    expect(romanMonth(0)).toBe('');
    expect(romanMonth(13)).toBe('');
    expect(formatNumber(n('{nomor}/{unit}/{bulan}/{tahun}'), 7, '2025-12-01')).toBe('7/107.1/XII/2025');
    expect(formatNumber(n('{nomor}/{bulan2}/{tahun}'), 7, '2025-01-31')).toBe('7/01/2025');
  });

  it('drops the separator of an empty token instead of leaving a double slash', () => {
    expect(formatNumber(DEFAULT_NUMBERING.spt, 12, '2025-04-21')).toBe('800.1.11.1/12/2025');
    expect(formatNumber(n('{kode}/{nomor}/{unit}/{tahun}', '', ''), 3, '2025-04-21')).toBe('3/2025');
    expect(formatNumber(n('{unit}/{nomor}', 'x', ''), 3, '2025-04-21')).toBe('3');
    expect(formatNumber(n('{kode} / {nomor} / {unit} / {tahun}', '000.1.2.3', ''), 3, '2025-04-21')).toBe('000.1.2.3 / 3 / 2025');
  });

  it('keeps the rest of the template as written', () => {
    expect(formatNumber(n('B-{nomor}/Kominfosanti/{kode}/{tahun}'), 90, '2025-04-24')).toBe('B-90/Kominfosanti/000.1.2.3/2025');
  });

  it("an issuer's register accepts only templates with {nomor} and known tokens", () => {
    const register = (template: string) => ({ ...DEFAULT_REGISTER, template });
    expect(registerSchema.safeParse(register('{kode}/{nomor}/{tahun}')).success).toBe(true);
    const noNumber = registerSchema.safeParse(register('{kode}/{tahun}'));
    expect(noNumber.error?.issues[0]?.message).toBe('documents.validation.templateNeedsNumber');
    expect(noNumber.error?.issues[0]?.path).toEqual(['template']);
    const unknown = registerSchema.safeParse(register('{nomor}/{year}'));
    expect(unknown.error?.issues[0]?.message).toBe('documents.validation.templateUnknownToken');
    // By default every kind shares one running sequence, as one agenda surat keluar runs.
    expect(registerSchema.parse({}).perKind).toBe(false);
  });
});
