/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, no checksum.
 * 1–8 birth date YYYYMMDD; 9–14 TMT CPNS YYYYMM; 15 sex (1 male, 2 female);
 * 16–18 sequence 001–999. Written grouped: "19860926 201505 1 001".
 * NI PPPK is also 18 digits: birth date (8) + year (4) + 2 digits of uncertain
 * meaning + sex (1) + sequence (3); only what is certain is checked.
 */

export type NipKind = 'pns' | 'pppk';

export type NipProblem =
  | 'length'
  | 'birthDate'
  | 'appointmentMonth'
  | 'appointmentYear'
  | 'sex'
  | 'sequence';

export interface NipInfo {
  /** The 18 digits. */
  digits: string;
  /** "19860926 201505 1 001" (PNS) or "19860926 2021 01 1 001" (PPPK). */
  grouped: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'L' | 'P';
  /** PNS: TMT CPNS as YYYY-MM; PPPK: the year. */
  appointment: string;
}

export type NipResult = { ok: true; info: NipInfo } | { ok: false; problem: NipProblem };

/** Keeps only digits: people paste "19860926 201505 1 001" or "19860926-201505-1-001". */
export function nipDigits(text: string): string {
  return text.replace(/\D/g, '');
}

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function parseNip(text: string, kind: NipKind = 'pns'): NipResult {
  const s = nipDigits(text);
  if (s.length !== 18 || !/^\d+$/.test(text.replace(/[\s.-]/g, ''))) return { ok: false, problem: 'length' };
  const by = +s.slice(0, 4);
  const bm = +s.slice(4, 6);
  const bd = +s.slice(6, 8);
  if (by < 1900 || !realDate(by, bm, bd)) return { ok: false, problem: 'birthDate' };
  const ay = +s.slice(8, 12);
  if (kind === 'pns') {
    const am = +s.slice(12, 14);
    if (am < 1 || am > 12) return { ok: false, problem: 'appointmentMonth' };
    if (ay < by + 17) return { ok: false, problem: 'appointmentYear' };
  } else if (ay < by + 17) {
    return { ok: false, problem: 'appointmentYear' };
  }
  const sexDigit = s[14];
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, problem: 'sex' };
  if (s.slice(15) === '000') return { ok: false, problem: 'sequence' };
  const grouped =
    kind === 'pns'
      ? `${s.slice(0, 8)} ${s.slice(8, 14)} ${s[14]} ${s.slice(15)}`
      : `${s.slice(0, 8)} ${s.slice(8, 12)} ${s.slice(12, 14)} ${s[14]} ${s.slice(15)}`;
  return {
    ok: true,
    info: {
      digits: s,
      grouped,
      birthDate: `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      appointment: kind === 'pns' ? `${s.slice(8, 12)}-${s.slice(12, 14)}` : s.slice(8, 12),
    },
  };
}

/** Grouped form for display; the input unchanged when it is not a valid NIP. */
export function formatNip(text: string, kind: NipKind = 'pns'): string {
  const r = parseNip(text, kind);
  return r.ok ? r.info.grouped : text;
}
