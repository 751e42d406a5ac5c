import { rankIndex } from '../../../../shared/directory/ranks';
import { formatRupiah, type Sen } from '../../../../shared/money/rupiah';
import { regionByCode } from '../../../../shared/regions';

/** What the rate sets screens print of amounts, regions and golongan lists. */

/** An amount, or the dash of an empty cell. */
export const amountText = (amount: Sen | null | undefined): string => (amount === null || amount === undefined ? '—' : formatRupiah(amount));

/** A destination's name ("Jawa Timur", "Kota Malang"), its code when the region list does not know it. */
export const regionName = (code: string): string => regionByCode(code)?.name.trim() ?? code;

/** A golongan list with each run of consecutive ranks as a range: "III/a – III/d, II/b". */
export function golonganText(list: readonly string[]): string {
  const sorted = [...list].sort((a, b) => rankIndex(a) - rankIndex(b));
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && rankIndex(sorted[j + 1] ?? '') === rankIndex(sorted[j] ?? '') + 1) j++;
    out.push(j > i ? `${sorted[i]} – ${sorted[j]}` : (sorted[i] ?? ''));
    i = j + 1;
  }
  return out.join(', ');
}

/** Case- and accent-free text for the destination filter. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
