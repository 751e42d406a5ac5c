import { MAX_SEN, isSen, splitSen, type Sen } from './rupiah';

/**
 * An amount in Indonesian words (terbilang), as receipts and the rincian
 * biaya write it: "empat ratus delapan puluh ribu rupiah",
 * "seribu seratus rupiah dua puluh lima sen". The "se-" forms are used for
 * exactly one of a unit below a million (sepuluh, sebelas, seratus, seribu);
 * juta, miliar and triliun take "satu" (satu juta).
 */

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
/** The scales of thousands, from the lowest group up: 999 triliun is the largest named. */
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'] as const;

/** 1–999 in words; '' for 0. */
function hundreds(n: number): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) words.push('seratus');
  else if (h > 1) words.push(ONES[h] ?? '', 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(ONES[rest - 10] ?? '', 'belas');
  else {
    const t = Math.floor(rest / 10);
    if (t > 1) words.push(ONES[t] ?? '', 'puluh');
    if (rest % 10 > 0) words.push(ONES[rest % 10] ?? '');
  }
  return words;
}

/** A whole number (0 up to 999 999 999 999 999) in words: "dua ribu dua puluh lima". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1000 ** SCALES.length) throw new RangeError(`cannot be written in words: ${n}`);
  if (n === 0) return 'nol';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    if (i === 1 && g === 1) words.push('seribu');
    else words.push(...hundreds(g), SCALES[i] ?? '');
  }
  return words.filter(Boolean).join(' ');
}

/**
 * How the words are capitalised: 'lower' as in running text, 'sentence' with a
 * capital first letter, 'title' each word capitalised (as most kuitansi write
 * "Empat Ratus Delapan Puluh Ribu Rupiah"), 'upper' all capitals.
 */
export type TerbilangCase = 'lower' | 'sentence' | 'title' | 'upper';

function applyCase(s: string, c: TerbilangCase): string {
  switch (c) {
    case 'lower':
      return s;
    case 'sentence':
      return s.charAt(0).toUpperCase() + s.slice(1);
    case 'title':
      return s.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, ch: string) => space + ch.toUpperCase());
    case 'upper':
      return s.toUpperCase();
  }
}

/**
 * The amount (in sen) in words: 0 "nol rupiah", 48 000 000 sen "empat ratus
 * delapan puluh ribu rupiah", 2 525 sen "dua puluh lima rupiah dua puluh lima
 * sen", 50 sen "lima puluh sen". Amounts from 0 to MAX_SEN (90 triliun rupiah).
 */
export function terbilang(amount: Sen, opts: { case?: TerbilangCase } = {}): string {
  if (!isSen(amount) || amount < 0 || amount > MAX_SEN) throw new RangeError(`not an amount to write in words: ${amount}`);
  const { rupiah, sen } = splitSen(amount);
  const parts: string[] = [];
  if (rupiah > 0 || sen === 0) parts.push(`${numberInWords(rupiah)} rupiah`);
  if (sen > 0) parts.push(`${numberInWords(sen)} sen`);
  return applyCase(parts.join(' '), opts.case ?? 'lower');
}
