import { z } from 'zod';
import type { RupiahStyle } from './vocabulary';

/**
 * An amount of money in integer sen (1 rupiah = 100 sen). Integers, never
 * floating rupiah: sums and shares stay exact, "Rp 480.000,00" and terbilang
 * "… rupiah dua puluh lima sen" need the sen, and a real receipt may carry
 * them. Rate tables hold whole rupiah, written `rupiah(480_000)`.
 */
export type Sen = number;

export const SEN_PER_RUPIAH = 100;
/** The largest amount the app takes: 90 triliun rupiah, so every amount in sen is a safe integer (2^53 ≈ 9.007 × 10^15). */
export const MAX_RUPIAH = 90_000_000_000_000;
export const MAX_SEN: Sen = MAX_RUPIAH * SEN_PER_RUPIAH;

export const isSen = (n: number): boolean => Number.isSafeInteger(n) && Math.abs(n) <= MAX_SEN;

/** Whole rupiah to sen: `rupiah(480_000)` is 48 000 000 sen. */
export function rupiah(amount: number): Sen {
  const sen = amount * SEN_PER_RUPIAH;
  if (!Number.isInteger(amount) || !isSen(sen)) throw new RangeError(`not a whole rupiah amount: ${amount}`);
  return sen;
}

/** A number of rupiah as a spreadsheet holds it (480000, 480000.5) to sen, rounded to the nearest sen. */
export function senFromNumber(amount: number): Sen {
  const sen = Math.round(amount * SEN_PER_RUPIAH);
  if (!Number.isFinite(amount) || !isSen(sen)) throw new RangeError(`not an amount: ${amount}`);
  return sen;
}

/** The whole rupiah and the sen of a non-negative amount. */
export function splitSen(amount: Sen): { rupiah: number; sen: number } {
  return { rupiah: Math.floor(amount / SEN_PER_RUPIAH), sen: amount % SEN_PER_RUPIAH };
}

/**
 * `percent`% of an amount, rounded half up to the whole rupiah (what a
 * treasurer pays): 30% of Rp814.000 is Rp244.200, 40% of Rp410.001 is
 * Rp164.000. Exact for every amount the app takes.
 */
export function percentOf(amount: Sen, percent: number): Sen {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`not a percentage: ${percent}`);
  if (!isSen(amount) || amount < 0) throw new RangeError(`not an amount: ${amount}`);
  const unit = BigInt(SEN_PER_RUPIAH * 100);
  const share = (BigInt(amount) * BigInt(percent) + unit / 2n) / unit;
  return Number(share) * SEN_PER_RUPIAH;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An amount in one of the two house styles:
 * compact "Rp480.000" (sen only when there are some: "Rp480.000,50") and
 * formal "Rp 480.000,00" (always two decimals). A negative amount (money to
 * return) is "-Rp480.000".
 */
export function formatRupiah(amount: Sen, style: RupiahStyle = 'compact'): string {
  if (!isSen(amount)) throw new RangeError(`not an amount: ${amount}`);
  const { rupiah: whole, sen } = splitSen(Math.abs(amount));
  const sign = amount < 0 ? '-' : '';
  const cents = String(sen).padStart(2, '0');
  if (style === 'formal') return `${sign}Rp ${group(String(whole))},${cents}`;
  return `${sign}Rp${group(String(whole))}${sen === 0 ? '' : `,${cents}`}`;
}

/** What can be wrong with a typed amount; the i18n key is `validation.money.<problem>`. */
export type RupiahProblem =
  /** Nothing typed. */
  | 'empty'
  /** Not an amount: letters, two commas, a stray sign. */
  | 'invalid'
  /** Dots that are not thousands groups: "480.5", "48.00.000", "480.000.00" (a decimal dot). */
  | 'grouping'
  /** More than two digits after the comma (the sen): "480,000" in English writing. */
  | 'decimals'
  | 'negative'
  | 'tooLarge';

export type ParsedRupiah = { ok: true; sen: Sen } | { ok: false; problem: RupiahProblem };

/** Spaces a typed or pasted amount may group its thousands with (space, no-break, narrow no-break). */
const SPACE_GROUPS = /(\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g;

/**
 * Reads an amount as people type and paste it, in Indonesian writing (dots
 * group thousands, a comma before the sen): "480.000", "480000",
 * "Rp 480.000,00", "Rp480.000", "Rp. 480.000,-", "480 000", "480.000,5"
 * (50 sen). Returns the sen, or the problem.
 */
export function parseRupiah(text: string): ParsedRupiah {
  let s = text.trim();
  if (s === '') return { ok: false, problem: 'empty' };
  let negative = false;
  const sign = /^[-\u2212]\s*/;
  if (sign.test(s)) {
    negative = true;
    s = s.replace(sign, '');
  }
  s = s.replace(/^(rp\.?|idr)\s*/i, '');
  if (sign.test(s)) {
    negative = true;
    s = s.replace(sign, '');
  }
  s = s.replace(/[,.]-$/, '').replace(SPACE_GROUPS, '$1.');
  const m = /^([\d.]+)(?:,(\d*))?$/.exec(s);
  if (!m) return { ok: false, problem: 'invalid' };
  const whole = m[1] ?? '';
  const cents = m[2] ?? '';
  if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return { ok: false, problem: 'grouping' };
  if (cents.length > 2) return { ok: false, problem: 'decimals' };
  if (negative) return { ok: false, problem: 'negative' };
  const digits = whole.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_RUPIAH).length) return { ok: false, problem: 'tooLarge' };
  const sen = Number(digits) * SEN_PER_RUPIAH + Number(cents.padEnd(2, '0'));
  if (sen > MAX_SEN) return { ok: false, problem: 'tooLarge' };
  return { ok: true, sen };
}

/** An amount in sen, as stored and sent: a non-negative safe integer up to MAX_SEN. */
export const senSchema = z
  .number({ error: 'validation.money.invalid' })
  .int({ error: 'validation.money.invalid' })
  .nonnegative({ error: 'validation.money.negative' })
  .max(MAX_SEN, { error: 'validation.money.tooLarge' });

/** A typed amount ("Rp 480.000,00") read into sen, with the problem as the field's error. */
export const typedRupiahSchema = z.string({ error: 'validation.invalidType' }).transform((s, ctx): Sen => {
  const r = parseRupiah(s);
  if (r.ok) return r.sen;
  ctx.addIssue({ code: 'custom', message: `validation.money.${r.problem}` });
  return z.NEVER;
});
