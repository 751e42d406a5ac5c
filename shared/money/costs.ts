import type { AgendaKind, Attendance } from '../agenda/vocabulary';
import { isRealIsoDate } from '../dates';
import { formulaAmount, type AmountRole, type CostWarning, type Factor, type RateSource } from './explain';
import { destinationRates, levelFor, rateSetFor, type LevelChoice, type LevelPerson } from './rates';
import type { Sen } from './rupiah';
import type { CostOptions, DestinationRates, Expenses, RateSet } from './schemas';
import {
  COMPONENT_OF_RULE,
  COST_COMPONENTS,
  TAXI_PLACES,
  isOvernightKind,
  type CostComponent,
  type CostHeading,
  type CostRule,
  type FareMode,
  type FormulaUnit,
  type TaxiPlace,
  type TravelKind,
} from './vocabulary';

/*
 * The cost rules: what one traveller is paid, line by line, each line with
 * its rule, its table row, its dates and its formula. Pure: the rate sets,
 * the member and what they spent come in; nothing is read from elsewhere, and
 * no figure is a constant of the code (they all come from the rate sets).
 */

// ---- Days and nights -------------------------------------------------------

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Every date from `start` to `end`, both included; [] when `end` is before `start` or either is not a date. */
export function datesFrom(start: string, end: string): string[] {
  const out: string[] = [];
  if (!isRealIsoDate(start) || !isRealIsoDate(end)) return out;
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  let d = Number(start.slice(8, 10));
  for (let date = start; date <= end; ) {
    out.push(date);
    d++;
    if (d > (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31))) {
      d = 1;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    date = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  }
  return out;
}

/** A journey of a member, as local calendar dates of its two ends. */
export interface TravelLeg {
  departDate: string;
  arriveDate: string;
}

/** The agenda's journeys a member takes: 'travel' items for the whole delegation or chosen with the member. */
export function memberTravelLegs(
  items: ReadonlyArray<{ kind: AgendaKind; startLocal: string; endLocal: string; attendance: Attendance; memberIds: readonly string[] }>,
  memberId: string,
): TravelLeg[] {
  return items
    .filter((i) => i.kind === 'travel' && (i.attendance === 'all' || i.memberIds.includes(memberId)))
    .map((i) => ({ departDate: i.startLocal.slice(0, 10), arriveDate: i.endLocal.slice(0, 10) }));
}

/**
 * A member's own travel dates, from the trip's dates and their journeys: with
 * journeys departing on two or more days, from the first departure to the last
 * arrival (a member leaving a day later, or coming back early); with journeys
 * on a single day only, that day is the way there (or the way back, when it is
 * the trip's last day or later) and the other end stays the trip's; with none,
 * the trip's dates.
 */
export function memberSpan(trip: { startDate: string; endDate: string }, legs: readonly TravelLeg[]): { departDate: string; returnDate: string } {
  if (legs.length === 0) return { departDate: trip.startDate, returnDate: trip.endDate };
  const departures = legs.map((l) => l.departDate).sort();
  const arrivals = legs.map((l) => l.arriveDate).sort();
  const first = departures[0] ?? trip.startDate;
  const last = arrivals[arrivals.length - 1] ?? trip.endDate;
  if (first !== departures[departures.length - 1]) return { departDate: first, returnDate: last };
  return first >= trip.endDate ? { departDate: trip.startDate, returnDate: last } : { departDate: first, returnDate: trip.endDate };
}

// ---- Lines -----------------------------------------------------------------

/** One computed figure of a traveller's cost, with how it came about. */
export interface CostLine {
  component: CostComponent;
  rule: CostRule;
  /** The ticket's own label ("Denpasar – Surabaya"); '' for the other lines. */
  label: string;
  amount: Sen;
  /** Its formula: `amount` is `formulaAmount(factors)`; `formatFormula` prints it. */
  factors: Factor[];
  /** The table row read; null for a ticket of a set that pays fares at cost. */
  source: RateSource | null;
  /** The days (or nights, for the hotel) the line counts; [] for tickets and taxis. */
  dates: string[];
  /** What was spent when the line pays something else (a bill above its ceiling); null otherwise. */
  given: Sen | null;
  warnings: CostWarning[];
}

interface LineSpec {
  rule: CostRule;
  label?: string;
  amount: Sen;
  role: AmountRole;
  percent?: number;
  unit: FormulaUnit;
  source: RateSource | null;
  given?: Sen | null;
  warning?: CostWarning;
}

/**
 * Lines that share their rule, row and amounts become one line counting days,
 * nights or trips; rows are told apart by identity (one source object per row
 * a member's rules read).
 */
interface Draft {
  spec: LineSpec;
  count: number;
  dates: string[];
}

class LineBook {
  private readonly bySource = new Map<RateSource | null, Map<string, Draft>>();

  /** Adds `count` units of a line: one per date it counts, or (tickets, taxi trips) as many as given. */
  add(spec: LineSpec, dates: readonly string[], count = dates.length): void {
    if (count === 0) return;
    let lines = this.bySource.get(spec.source);
    if (!lines) this.bySource.set(spec.source, (lines = new Map<string, Draft>()));
    const key = `${spec.rule}|${spec.amount}|${spec.role}|${spec.percent ?? 100}|${spec.unit}|${spec.given ?? ''}|${spec.label ?? ''}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { spec, count: 0, dates: [] }));
    line.count += count;
    line.dates.push(...dates);
  }

  done(): CostLine[] {
    return [...this.bySource.values()].flatMap((lines) => [...lines.values()]).map(({ spec, count, dates }) => {
      const factors: Factor[] = [
        ...(spec.percent === undefined ? [] : [{ kind: 'percent', percent: spec.percent } as const]),
        { kind: 'amount', amount: spec.amount, role: spec.role },
        { kind: 'count', count, unit: spec.unit },
      ];
      return {
        component: COMPONENT_OF_RULE[spec.rule],
        rule: spec.rule,
        label: spec.label ?? '',
        amount: formulaAmount(factors),
        factors,
        source: spec.source,
        dates,
        given: spec.given ?? null,
        warnings: spec.warning ? [spec.warning] : [],
      };
    });
  }
}

/** Warnings listed once each, in the order first met. */
class WarningList {
  private readonly seen = new Map<string, CostWarning>();
  add(w: CostWarning): void {
    const key = JSON.stringify(w);
    if (!this.seen.has(key)) this.seen.set(key, w);
  }
  all(): CostWarning[] {
    return [...this.seen.values()];
  }
}

// ---- The rates that apply on a day ----------------------------------------

/** The trip as the cost rules see it. */
export interface CostContext {
  kind: TravelKind;
  /** The delegation's own regency/city ("51.08"): taxis at the origin. */
  originRegionCode: string;
  /** The destination regency/city ("35.73") or province ("35"). */
  destinationRegionCode: string;
  rateSets: readonly RateSet[];
  options: CostOptions;
}

export interface MemberCostInput {
  memberId: string;
  name: string;
  person: LevelPerson;
  /** The level chosen for this trip ('' or absent: from the person by `levelFor`). */
  levelOverride?: string;
  /** The member's own dates (`memberSpan`). */
  departDate: string;
  returnDate: string;
}

interface Applicable {
  set: RateSet;
  level: LevelChoice | null;
  /** The destination's row. */
  row: DestinationRates | null;
}

interface SourceOf {
  table: CostComponent;
  rate: Sen | null;
  kind?: TravelKind;
  mode?: FareMode;
  place?: TaxiPlace;
  /** Per-level tables name the member's level. */
  byLevel?: boolean;
  /** The row's region when it is not the destination's (the origin's taxi). */
  row?: DestinationRates;
}

function sourceOf(a: Applicable, s: SourceOf): RateSource {
  const level = s.byLevel ? a.level : null;
  return {
    rateSetId: a.set.id,
    rateSetName: a.set.name,
    regionCode: (s.row ?? a.row)?.regionCode ?? '',
    table: s.table,
    kind: s.kind ?? null,
    mode: s.mode ?? null,
    place: s.place ?? null,
    level: level?.code ?? null,
    levelLabel: level?.label ?? '',
    rate: s.rate,
  };
}

/** Looks up, once per rate set, the member's level and the destination's row; notes the days no set covers. */
function applicableRates(ctx: CostContext, m: MemberCostInput, warnings: WarningList) {
  const perSet = new Map<string, Applicable>();
  const uncovered = new Set<string>();
  const rates = {
    at(date: string): Applicable | null {
      const set = rateSetFor(ctx.rateSets, date);
      if (!set) {
        uncovered.add(date);
        return null;
      }
      const known = perSet.get(set.id);
      if (known) return known;
      const override = m.levelOverride ?? '';
      if (override !== '' && !set.levels.some((l) => l.code === override)) warnings.add({ code: 'unknownLevel', level: override, rateSetId: set.id, rateSetName: set.name });
      const level = levelFor(m.person, set.levels, override);
      if (!level) warnings.add({ code: 'noLevel', rateSetId: set.id, rateSetName: set.name });
      const row = destinationRates(set, ctx.destinationRegionCode);
      if (!row) warnings.add({ code: 'noDestinationRates', rateSetId: set.id, rateSetName: set.name, regionCode: ctx.destinationRegionCode });
      const a: Applicable = { set, level, row };
      perSet.set(set.id, a);
      return a;
    },
    /** The dates by the rates that apply on them (in date order: a trip across the new year has two groups); uncovered dates left out. */
    groups(dates: readonly string[]): Array<[Applicable, string[]]> {
      const out = new Map<Applicable, string[]>();
      for (const date of dates) {
        const a = rates.at(date);
        if (!a) continue;
        const group = out.get(a);
        if (group) group.push(date);
        else out.set(a, [date]);
      }
      return [...out];
    },
    uncovered: (): string[] => [...uncovered].sort(),
  };
  return rates;
}

type Rates = ReturnType<typeof applicableRates>;

// ---- The rules ---------------------------------------------------------------

interface RuleArgs {
  ctx: CostContext;
  m: MemberCostInput;
  expenses: Expenses;
  rates: Rates;
  book: LineBook;
  warnings: WarningList;
}

/** Uang harian per day (a share of it on the departure and return days where the region says so), representasi, local transport and vehicle hire per day. */
function dailyLines({ ctx, m, expenses, rates, book, warnings }: RuleArgs, days: readonly string[]): void {
  const kind = ctx.kind;
  for (const [a, dates] of rates.groups(days)) {
    const row = a.row;
    if (!row) continue;
    const allowance = row.dailyAllowance[kind];
    if (allowance === undefined) warnings.add({ code: 'missingRate', source: sourceOf(a, { table: 'daily_allowance', rate: null, kind }) });
    else {
      const source = sourceOf(a, { table: 'daily_allowance', rate: allowance, kind });
      const share = a.set.rules.travelDayPercent;
      const travelDays = share < 100 ? dates.filter((d) => d === m.departDate || d === m.returnDate) : [];
      book.add({ rule: 'daily_allowance_travel_day', amount: allowance, role: 'rate', percent: share, unit: 'day', source }, travelDays);
      book.add({ rule: 'daily_allowance', amount: allowance, role: 'rate', unit: 'day', source }, travelDays.length === 0 ? dates : dates.filter((d) => !travelDays.includes(d)));
    }
    const level = a.level?.code;
    const representation = level === undefined ? undefined : row.representation[kind]?.[level];
    if (representation !== undefined) {
      book.add({ rule: 'representation', amount: representation, role: 'rate', unit: 'day', source: sourceOf(a, { table: 'representation', rate: representation, kind, byLevel: true }) }, dates);
    }
    if (expenses.localTransport) {
      const rate = row.localTransport;
      const source = sourceOf(a, { table: 'local_transport', rate });
      if (rate === null) warnings.add({ code: 'missingRate', source });
      else book.add({ rule: 'local_transport', amount: rate, role: 'rate', unit: 'day', source }, dates);
    }
    if (expenses.vehicleHire && level !== undefined) {
      const rate = row.vehicleHire[level];
      const source = sourceOf(a, { table: 'vehicle_hire', rate: rate ?? null, byLevel: true });
      if (rate === undefined) warnings.add({ code: 'missingRate', source });
      else book.add({ rule: 'vehicle_hire', amount: rate, role: 'rate', unit: 'day', source }, dates);
    }
  }
}

/**
 * The hotel per night: at cost up to the ceiling of the member's level (the
 * ceiling itself when no room rate is known yet), or the region's lumpsum
 * share of the ceiling when the member stays with no hotel.
 */
function hotelLines({ expenses, rates, book, warnings }: RuleArgs, nights: readonly string[]): void {
  for (const [a, dates] of rates.groups(nights)) {
    const level = a.level?.code;
    if (!a.row || level === undefined) continue;
    const ceiling = a.row.hotel[level];
    const source = sourceOf(a, { table: 'hotel', rate: ceiling ?? null, byLevel: true });
    const room = expenses.roomRate;
    if (ceiling === undefined) warnings.add({ code: 'missingRate', source });
    else if (expenses.stay === 'none') book.add({ rule: 'hotel_lumpsum', percent: a.set.rules.noHotelPercent, amount: ceiling, role: 'ceiling', unit: 'night', source }, dates);
    else if (room === null) book.add({ rule: 'hotel_at_cost', amount: ceiling, role: 'ceiling', unit: 'night', source }, dates);
    else if (room > ceiling) {
      const warning: CostWarning = { code: 'aboveCeiling', component: 'hotel', amount: room, ceiling, source };
      book.add({ rule: 'hotel_at_cost', amount: ceiling, role: 'ceiling', unit: 'night', source, given: room, warning }, dates);
    } else book.add({ rule: 'hotel_at_cost', amount: room, role: 'actual', unit: 'night', source }, dates);
  }
}

/** Tickets at cost; a ticket above the ceiling of the member's level (where the set caps fares) is a warning. */
function fareLines({ m, expenses, rates, book, warnings }: RuleArgs): void {
  for (const t of expenses.tickets) {
    const a = rates.at(t.date ?? m.departDate);
    const fare = a?.row?.fares[t.mode];
    const level = a?.level?.code;
    const ceiling = fare?.basis === 'ceiling' && level !== undefined ? fare.ceilings[level] : undefined;
    const source = a && fare ? sourceOf(a, { table: 'fare', rate: ceiling ?? null, mode: t.mode, byLevel: fare.basis === 'ceiling' }) : null;
    if (source && fare?.basis === 'ceiling' && ceiling === undefined) warnings.add({ code: 'missingRate', source });
    const warning: CostWarning | undefined =
      source && ceiling !== undefined && t.amount > ceiling ? { code: 'aboveCeiling', component: 'fare', amount: t.amount, ceiling, source } : undefined;
    book.add({ rule: 'fare_at_cost', label: t.label, amount: t.amount, role: 'actual', unit: 'ticket', source, ...(warning ? { warning } : {}) }, [], 1);
  }
}

/**
 * Taxis at the origin and at the destination, on the rates of the departure
 * day: each trip at cost up to the taxi ceiling of that place's row, as many
 * trips as the region pays; planned (no fares given) at the ceiling.
 */
function taxiLines({ ctx, m, expenses, rates, book, warnings }: RuleArgs): void {
  const a = rates.at(m.departDate);
  if (!a) return;
  for (const place of TAXI_PLACES) {
    const row = place === 'origin' ? destinationRates(a.set, ctx.originRegionCode) : a.row;
    const allowed = a.set.rules.taxiTrips[place];
    if (!row || allowed === 0) continue;
    const ceiling = row.taxi;
    const source = sourceOf(a, { table: 'taxi', rate: ceiling, place, row });
    const fares = expenses.taxis[place];
    if (ceiling === null && fares?.length !== 0) {
      // Planned taxis need the ceiling; real fares are paid at cost without one, but the set should have it.
      warnings.add({ code: 'missingRate', source });
      if (fares === null) continue;
    }
    if (fares === null) {
      book.add({ rule: 'taxi_at_cost', amount: ceiling ?? 0, role: 'ceiling', unit: 'trip', source }, [], allowed);
      continue;
    }
    if (fares.length > allowed) warnings.add({ code: 'taxiTrips', place, allowed, given: fares.length });
    for (const fare of fares.slice(0, allowed)) {
      if (ceiling !== null && fare > ceiling) {
        const warning: CostWarning = { code: 'aboveCeiling', component: 'taxi', amount: fare, ceiling, source };
        book.add({ rule: 'taxi_at_cost', amount: ceiling, role: 'ceiling', unit: 'trip', source, given: fare, warning }, [], 1);
      } else book.add({ rule: 'taxi_at_cost', amount: fare, role: 'actual', unit: 'trip', source }, [], 1);
    }
  }
}

// ---- A member's cost ---------------------------------------------------------

export interface MemberCost {
  memberId: string;
  name: string;
  heading: CostHeading;
  /** A non-ASN member the office does not pay for: no lines. */
  excluded: boolean;
  /** The member's level in the rate set of their departure day. */
  level: LevelChoice | null;
  departDate: string;
  returnDate: string;
  days: number;
  nights: number;
  lines: CostLine[];
  total: Sen;
  byComponent: Record<CostComponent, Sen>;
  /** Every warning about the member, those of the lines included. */
  warnings: CostWarning[];
}

export const headingOf = (person: Pick<LevelPerson, 'employment'>): CostHeading => (person.employment === 'non_asn' ? 'non_asn' : 'officials');

export const zeroByComponent = (): Record<CostComponent, Sen> => Object.fromEntries(COST_COMPONENTS.map((c) => [c, 0])) as Record<CostComponent, Sen>;

/**
 * What one member is paid for what they spent (planned or real): days are the
 * member's dates both included, nights one fewer (none for dalam kota); each
 * day and night takes the rate set that covers it, so a trip across the new
 * year is paid on both years' rates.
 */
export function computeMemberCost(ctx: CostContext, m: MemberCostInput, expenses: Expenses): MemberCost {
  const heading = headingOf(m.person);
  const excluded = heading === 'non_asn' && ctx.options.nonAsn === 'excluded';
  const warnings = new WarningList();
  const days = datesFrom(m.departDate, m.returnDate);
  if (days.length === 0) warnings.add({ code: 'invalidDates', departDate: m.departDate, returnDate: m.returnDate });
  const nights = isOvernightKind(ctx.kind) ? days.slice(0, -1) : [];
  const rates = applicableRates(ctx, m, warnings);
  const book = new LineBook();
  if (!excluded && days.length > 0) {
    const args: RuleArgs = { ctx, m, expenses, rates, book, warnings };
    dailyLines(args, days);
    hotelLines(args, nights);
    fareLines(args);
    taxiLines(args);
  }
  const uncovered = rates.uncovered();
  if (uncovered.length > 0) warnings.add({ code: 'noRateSet', dates: uncovered });
  const lines = book.done();
  const byComponent = zeroByComponent();
  for (const l of lines) byComponent[l.component] += l.amount;
  return {
    memberId: m.memberId,
    name: m.name,
    heading,
    excluded,
    level: excluded || days.length === 0 ? null : (rates.at(m.departDate)?.level ?? null),
    departDate: m.departDate,
    returnDate: m.returnDate,
    days: days.length,
    nights: nights.length,
    lines,
    total: lines.reduce((s, l) => s + l.amount, 0),
    byComponent,
    // A line's warning is its own (same warning, same line): listed after the member's.
    warnings: [...warnings.all(), ...lines.flatMap((l) => l.warnings)],
  };
}
