import type { ApiError } from '../../../../shared/result';
import { formatRupiah, parseRupiah, type Sen } from '../../../../shared/money/rupiah';

/*
 * Amounts typed in the budget's forms: shown as "Rp480.000", read back with
 * shared/money/rupiah.ts's parser ("480.000", "Rp 480.000,00", "480000"),
 * its problem becoming the field's error (validation.money.<problem>).
 */

/** An amount as a form shows it; '' for none. */
export const amountInput = (sen: Sen | null | undefined): string => (sen === null || sen === undefined ? '' : formatRupiah(sen));

export type Read<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const problem = (field: string, key: string): Read<never> => ({ ok: false, error: { code: 'VALIDATION', message: key, key, field } });

/** A typed amount in sen; `optional`: '' reads as null. */
export function readAmount(text: string, field: string, optional: true): Read<Sen | null>;
export function readAmount(text: string, field: string, optional?: false): Read<Sen>;
export function readAmount(text: string, field: string, optional = false): Read<Sen | null> {
  if (optional && text.trim() === '') return { ok: true, value: null };
  const r = parseRupiah(text);
  return r.ok ? { ok: true, value: r.sen } : problem(field, `validation.money.${r.problem}`);
}

/**
 * Taxi fares as typed: '' plans the allowed trips at the ceiling (null), "0"
 * is no taxi ([]), "150.000 + 120.000" each trip's fare.
 */
export function readFares(text: string, field: string): Read<Sen[] | null> {
  const s = text.trim();
  if (s === '') return { ok: true, value: null };
  if (/^0+$/.test(s)) return { ok: true, value: [] };
  const out: Sen[] = [];
  for (const part of s.split('+')) {
    const r = readAmount(part, field);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Fares as the form shows them. */
export const faresInput = (fares: readonly Sen[] | null): string => (fares === null ? '' : fares.length === 0 ? '0' : fares.map((f) => formatRupiah(f)).join(' + '));
