import { rankIndex } from '../directory/ranks';
import type { Person } from '../directory/person';
import type { DestinationRates, RateLevel, RateSet } from './schemas';

export type { DestinationRates, RateLevel, RateSet };

/** A rate set valid for one year: 1 January to 31 December. */
export function yearValidity(year: number): { validFrom: string; validTo: string } {
  const y = String(year).padStart(4, '0');
  return { validFrom: `${y}-01-01`, validTo: `${y}-12-31` };
}

export const coversDate = (set: Pick<RateSet, 'validFrom' | 'validTo'>, date: string): boolean => set.validFrom <= date && date <= set.validTo;

/**
 * The rate set that applies on a day: of the sets covering it, the one that
 * took effect last (an amendment mid-year supersedes the year's set from its
 * first day). Null when none covers the day.
 */
export function rateSetFor<S extends Pick<RateSet, 'validFrom' | 'validTo'>>(sets: readonly S[], date: string): S | null {
  let best: S | null = null;
  for (const s of sets) if (coversDate(s, date) && (best === null || s.validFrom > best.validFrom)) best = s;
  return best;
}

/**
 * The rates for a place (a regency/city "35.73" or a province "35"): the
 * regency/city's own row where the set has one, else its province's row.
 */
export function destinationRates(set: Pick<RateSet, 'destinations'>, regionCode: string): DestinationRates | null {
  const province = regionCode.slice(0, 2);
  return set.destinations.find((d) => d.regionCode === regionCode) ?? set.destinations.find((d) => d.regionCode === province) ?? null;
}

/** What levelFor reads of a person: the directory's fields, as the trip keeps them. */
export type LevelPerson = Pick<Person, 'employment' | 'eselon' | 'golongan' | 'jabatan' | 'travelLevel'>;

/** Why a person has a level: the member's override, or the first criterion that held. */
export type LevelBasis = 'override' | 'jabatan' | 'employment' | 'eselon' | 'travelLevel' | 'golongan';

export interface LevelChoice {
  code: string;
  label: string;
  by: LevelBasis;
  /** What matched: the jabatan's beginning, "elected", "II", "C", "III/b"; the code for an override. */
  matched: string;
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "Bupati" begins "Bupati Buleleng" (a whole word), not "Wakil Bupati Buleleng" or "Bupatian". */
function jabatanBegins(jabatan: string, beginning: string): boolean {
  const j = fold(jabatan);
  const b = fold(beginning);
  return b !== '' && j.startsWith(b) && (j.length === b.length || !/[\p{L}\p{N}]/u.test(j.charAt(b.length)));
}

/**
 * The criteria in the order they are tried, from the most precise to the
 * broadest: a jabatan ("Ketua DPRD" is elected, but a level of its own), the
 * kind of employment (elected officials, non-ASN), the eselon, the national
 * tingkat biaya the directory carries (the office's own call for a functional
 * official), and last the golongan. Each returns what matched, or null.
 */
const CRITERIA: ReadonlyArray<[Exclude<LevelBasis, 'override'>, (l: RateLevel, p: LevelPerson) => string | null]> = [
  ['jabatan', (l, p) => l.jabatan.find((b) => jabatanBegins(p.jabatan, b)) ?? null],
  ['employment', (l, p) => (l.employment.includes(p.employment) ? p.employment : null)],
  ['eselon', (l, p) => (p.eselon !== '' && (l.eselon as readonly string[]).includes(p.eselon) ? p.eselon : null)],
  ['travelLevel', (l, p) => (p.travelLevel !== '' && (l.travelLevels as readonly string[]).includes(p.travelLevel) ? p.travelLevel : null)],
  ['golongan', (l, p) => l.golongan.find((g) => rankIndex(g) >= 0 && rankIndex(g) === rankIndex(p.golongan)) ?? null],
];

/**
 * A person's level among the region's levels. A trip member's override wins
 * when it names one of the levels; otherwise each criterion in turn is tried
 * on every level from the highest, and the first that holds decides. Null
 * when nothing holds (the member needs a level chosen by hand).
 */
export function levelFor(person: LevelPerson, levels: readonly RateLevel[], override = ''): LevelChoice | null {
  const chosen = override === '' ? undefined : levels.find((l) => l.code === override);
  if (chosen) return { code: chosen.code, label: chosen.label, by: 'override', matched: chosen.code };
  for (const [by, test] of CRITERIA) {
    for (const l of levels) {
      const matched = test(l, person);
      if (matched !== null) return { code: l.code, label: l.label, by, matched };
    }
  }
  return null;
}
