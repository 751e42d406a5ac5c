import { describe, expect, it } from 'vitest';
import { formatNip, nipDigits, parseNip } from '../../shared/directory/nip';

/** A valid PNS NIP: born 26 Sep 1986, CPNS May 2015, male, sequence 001. */
const NIP = '198609262015051001';

describe('NIP (PNS)', () => {
  it('reads grouped and ungrouped input alike and derives birth date, appointment and sex', () => {
    for (const input of [NIP, '19860926 201505 1 001', '19860926-201505-1-001', ' 19860926.201505.1.001 ']) {
      const r = parseNip(input);
      expect(r).toEqual({
        ok: true,
        info: { digits: NIP, grouped: '19860926 201505 1 001', birthDate: '1986-09-26', sex: 'L', appointment: '2015-05' },
      });
    }
  });

  it('derives a woman from sex digit 2', () => {
    const r = parseNip('19900131 201803 2 014');
    expect(r.ok && r.info.sex).toBe('P');
    expect(r.ok && r.info.birthDate).toBe('1990-01-31');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseNip('19880229 201001 1 001').ok).toBe(true);
    expect(parseNip('19870229 201001 1 001')).toEqual({ ok: false, problem: 'birthDate' });
  });

  it.each([
    ['17 digits', '19860926 201505 1 00', 'length'],
    ['19 digits', '19860926 201505 1 0011', 'length'],
    ['letters', '19860926 2015O5 1 001', 'length'],
    ['letters replacing nothing', '19860926A201505 1 001', 'length'],
    ['empty', '', 'length'],
    ['30 February', '19860230 201505 1 001', 'birthDate'],
    ['birth month 13', '19861326 201505 1 001', 'birthDate'],
    ['birth day 00', '19860900 201505 1 001', 'birthDate'],
    ['born before 1900', '18991231 192001 1 001', 'birthDate'],
    ['appointment month 13', '19860926 201513 1 001', 'appointmentMonth'],
    ['appointment month 00', '19860926 201500 1 001', 'appointmentMonth'],
    ['appointed at 16', '19860926 200201 1 001', 'appointmentYear'],
    ['sex digit 3', '19860926 201505 3 001', 'sex'],
    ['sex digit 0', '19860926 201505 0 001', 'sex'],
    ['sequence 000', '19860926 201505 1 000', 'sequence'],
  ])('names the problem: %s', (_label, input, problem) => {
    expect(parseNip(input)).toEqual({ ok: false, problem });
  });

  it('accepts an appointment exactly 17 years after birth', () => {
    expect(parseNip('19860926 200301 1 001').ok).toBe(true);
  });

  it('formats for display, leaving invalid input unchanged', () => {
    expect(formatNip(NIP)).toBe('19860926 201505 1 001');
    expect(formatNip('12345')).toBe('12345');
    expect(nipDigits('19860926 201505 1 001')).toBe(NIP);
  });
});

describe('NI PPPK', () => {
  it('groups as birth date, year, two digits, sex, sequence and checks only what is certain', () => {
    // 99 is no month: fine for PPPK, wrong for a PNS NIP.
    const input = '199001312021991002';
    expect(parseNip(input, 'pppk')).toEqual({
      ok: true,
      info: { digits: input, grouped: '19900131 2021 99 1 002', birthDate: '1990-01-31', sex: 'L', appointment: '2021' },
    });
    expect(parseNip(input, 'pns')).toEqual({ ok: false, problem: 'appointmentMonth' });
    expect(formatNip(input, 'pppk')).toBe('19900131 2021 99 1 002');
  });

  it('still checks birth date, year, sex and sequence', () => {
    expect(parseNip('19900231 2021 01 1 002', 'pppk')).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseNip('19900131 2005 01 1 002', 'pppk')).toEqual({ ok: false, problem: 'appointmentYear' });
    expect(parseNip('19900131 2021 01 5 002', 'pppk')).toEqual({ ok: false, problem: 'sex' });
    expect(parseNip('19900131 2021 01 2 000', 'pppk')).toEqual({ ok: false, problem: 'sequence' });
  });
});
