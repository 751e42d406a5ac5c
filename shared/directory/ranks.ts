import { TRAVEL_LEVELS, type TravelLevel } from './vocabulary';
/** Pangkat/golongan ruang of civil servants (PNS), lowest to highest. */
export const RANKS = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

export type Golongan = (typeof RANKS)[number][0];
export const GOLONGAN: readonly Golongan[] = RANKS.map((r) => r[0]);

const index = new Map<string, number>(RANKS.map(([g], i) => [g.toLowerCase(), i]));
const byName = new Map<string, Golongan>(RANKS.map(([g, n]) => [n.toLowerCase(), g]));

/** 0 (I/a) … 16 (IV/e); -1 when unknown. Higher outranks lower. */
export function rankIndex(golongan: string): number {
  return index.get(golongan.trim().toLowerCase()) ?? -1;
}

export function pangkatName(golongan: string): string {
  const i = rankIndex(golongan);
  return i < 0 ? '' : (RANKS[i]?.[1] ?? '');
}

/** "Pembina Tingkat I (IV/b)" — how documents write it. */
export function formatPangkat(golongan: string): string {
  const name = pangkatName(golongan);
  return name ? `${name} (${RANKS[rankIndex(golongan)]?.[0]})` : golongan;
}

/**
 * Reads what spreadsheets hold: "IV/b", "iv-b", "IV b", "Pembina Tingkat I",
 * "Pembina Tingkat I (IV/b)", "Pembina Tk. I, IV/b". Returns the golongan or null.
 */
export function parseGolongan(text: string): Golongan | null {
  const s = text.trim();
  if (!s) return null;
  const code = /\b(IV|III|II|I)\s*[/\-. ]?\s*([a-e])\b/i.exec(s);
  if (code) {
    const g = `${(code[1] ?? '').toUpperCase()}/${(code[2] ?? '').toLowerCase()}`;
    if (index.has(g.toLowerCase())) return RANKS[index.get(g.toLowerCase()) as number]?.[0] ?? null;
  }
  const name = s
    .toLowerCase()
    .replace(/\btk\.?\s*/g, 'tingkat ')
    .replace(/\s+/g, ' ')
    .trim();
  return byName.get(name) ?? null;
}

export { TRAVEL_LEVELS, type TravelLevel };

export const ESELON = ['I', 'II', 'III', 'IV'] as const;
export type Eselon = (typeof ESELON)[number];

/**
 * The usual travel cost level: A Pejabat Negara; B Eselon I; C Eselon II;
 * D Eselon III / Gol IV; E Eselon IV / Gol III; F Gol II and I. A regional rule
 * may differ, so this is only a suggestion the user can override.
 */
export function suggestTravelLevel(opts: { elected?: boolean; eselon?: string; golongan?: string }): TravelLevel | null {
  if (opts.elected) return 'A';
  switch (opts.eselon) {
    case 'I':
      return 'B';
    case 'II':
      return 'C';
    case 'III':
      return 'D';
    case 'IV':
      return 'E';
  }
  const g = opts.golongan ? rankIndex(opts.golongan) : -1;
  if (g < 0) return null;
  if (g >= 12) return 'D';
  if (g >= 8) return 'E';
  return 'F';
}
