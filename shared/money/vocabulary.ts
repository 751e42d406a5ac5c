/*
 * The money of a trip: kinds of official travel, cost components and the
 * rules that compute them. Codes will be stored in the database: never rename
 * one without a migration. Tuple order is the display order (the order of a
 * cost sheet's columns); labels are what the documents print.
 */

/** What kind of official travel a trip is: it picks the uang harian and representasi column. */
export const TRAVEL_KINDS = ['out_of_town', 'in_town_over_8h', 'training'] as const;
export type TravelKind = (typeof TRAVEL_KINDS)[number];
export const TRAVEL_KIND_LABELS = {
  out_of_town: 'Luar Kota',
  in_town_over_8h: 'Dalam Kota lebih dari 8 Jam',
  training: 'Diklat',
} as const satisfies Record<TravelKind, string>;

/** Kinds that stay overnight (hotel or its lumpsum). Dalam kota is a day's travel. */
export const OVERNIGHT_KINDS = ['out_of_town', 'training'] as const satisfies readonly TravelKind[];
export const isOvernightKind = (k: TravelKind): boolean => (OVERNIGHT_KINDS as readonly TravelKind[]).includes(k);

/** The parts of a traveller's cost, in the cost sheet's order. */
export const COST_COMPONENTS = ['daily_allowance', 'representation', 'hotel', 'fare', 'taxi', 'local_transport', 'vehicle_hire'] as const;
export type CostComponent = (typeof COST_COMPONENTS)[number];
export const COST_COMPONENT_LABELS = {
  daily_allowance: 'Uang Harian',
  representation: 'Uang Representasi',
  hotel: 'Biaya Penginapan',
  fare: 'Biaya Tiket',
  taxi: 'Biaya Taksi',
  local_transport: 'Transport Lokal',
  vehicle_hire: 'Sewa Kendaraan',
} as const satisfies Record<CostComponent, string>;

/** Fares a rate set may cap, per ticket (one way). */
export const FARE_MODES = ['air', 'sea', 'land'] as const;
export type FareMode = (typeof FARE_MODES)[number];
export const FARE_MODE_LABELS = {
  air: 'Tiket Pesawat',
  sea: 'Tiket Kapal',
  land: 'Tiket Darat',
} as const satisfies Record<FareMode, string>;

/** How a fare is paid: at cost with no cap, or at cost up to the ceiling of the traveller's level. */
export const FARE_BASES = ['at_cost', 'ceiling'] as const;
export type FareBasis = (typeof FARE_BASES)[number];
export const FARE_BASIS_LABELS = {
  at_cost: 'Sesuai Biaya Riil',
  ceiling: 'Riil paling banyak sebesar Plafon',
} as const satisfies Record<FareBasis, string>;

/** Where a taxi trip is taken: at the origin (home to the airport) or at the destination. */
export const TAXI_PLACES = ['origin', 'destination'] as const;
export type TaxiPlace = (typeof TAXI_PLACES)[number];
export const TAXI_PLACE_LABELS = {
  origin: 'Taksi di Tempat Asal',
  destination: 'Taksi di Tempat Tujuan',
} as const satisfies Record<TaxiPlace, string>;

/**
 * The heading a traveller's costs are paid under: the delegation's own
 * officials (ASN and Pejabat Negara), or non-ASN such as journalists, whom an
 * office pays from a heading of their own or not at all.
 */
export const COST_HEADINGS = ['officials', 'non_asn'] as const;
export type CostHeading = (typeof COST_HEADINGS)[number];
export const COST_HEADING_LABELS = {
  officials: 'Pejabat/Pegawai',
  non_asn: 'Non-ASN',
} as const satisfies Record<CostHeading, string>;

/** The office's choice for non-ASN travellers. */
export const NON_ASN_POLICIES = ['own_heading', 'excluded'] as const;
export type NonAsnPolicy = (typeof NON_ASN_POLICIES)[number];
export const NON_ASN_POLICY_LABELS = {
  own_heading: 'Dibiayai dengan Pos Tersendiri',
  excluded: 'Tidak Dibiayai',
} as const satisfies Record<NonAsnPolicy, string>;

/**
 * The rules a computed line follows; each line names its rule so the screens
 * and documents can say how a figure came about.
 */
export const COST_RULES = [
  'daily_allowance',
  'daily_allowance_travel_day',
  'representation',
  'hotel_at_cost',
  'hotel_lumpsum',
  'fare_at_cost',
  'taxi_at_cost',
  'local_transport',
  'vehicle_hire',
] as const;
export type CostRule = (typeof COST_RULES)[number];
export const COST_RULE_LABELS = {
  daily_allowance: 'Uang harian lumpsum per hari',
  daily_allowance_travel_day: 'Uang harian hari berangkat dan kembali',
  representation: 'Uang representasi per hari',
  hotel_at_cost: 'Penginapan sesuai biaya riil paling banyak sebesar plafon',
  hotel_lumpsum: 'Tidak menginap di hotel: lumpsum dari plafon penginapan',
  fare_at_cost: 'Tiket sesuai biaya riil',
  taxi_at_cost: 'Taksi sesuai biaya riil paling banyak sebesar plafon',
  local_transport: 'Transport lokal per hari',
  vehicle_hire: 'Sewa kendaraan per hari',
} as const satisfies Record<CostRule, string>;

/** The component each rule computes. */
export const COMPONENT_OF_RULE = {
  daily_allowance: 'daily_allowance',
  daily_allowance_travel_day: 'daily_allowance',
  representation: 'representation',
  hotel_at_cost: 'hotel',
  hotel_lumpsum: 'hotel',
  fare_at_cost: 'fare',
  taxi_at_cost: 'taxi',
  local_transport: 'local_transport',
  vehicle_hire: 'vehicle_hire',
} as const satisfies Record<CostRule, CostComponent>;

/** The units a formula counts in, as a line prints them ("× 2 hari"). */
export const FORMULA_UNITS = ['day', 'night', 'trip', 'ticket'] as const;
export type FormulaUnit = (typeof FORMULA_UNITS)[number];
export const FORMULA_UNIT_LABELS = {
  day: 'hari',
  night: 'malam',
  trip: 'kali',
  ticket: 'tiket',
} as const satisfies Record<FormulaUnit, string>;

/** The two house styles of writing an amount: "Rp480.000" and "Rp 480.000,00". */
export const RUPIAH_STYLES = ['compact', 'formal'] as const;
export type RupiahStyle = (typeof RUPIAH_STYLES)[number];
