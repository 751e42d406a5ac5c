import type { ApiError } from '../../../../shared/result';
import { isRealIsoDate } from '../../../../shared/dates';
import type { Expenses, MemberMoney } from '../../../../shared/money/schemas';
import type { FareMode } from '../../../../shared/money/vocabulary';
import type { FieldErrors } from '../../components/form';
import { amountInput, faresInput, readAmount, readFares } from './amounts';

/*
 * A member's expenses as the dialog's form holds them (amounts as typed text)
 * and back: `readMemberValues` gives the patch for `memberMoney.update`, or
 * the errors per field path ("planned.tickets.0.amount").
 */

export interface TicketValues {
  mode: FareMode;
  label: string;
  amount: string;
  date: string;
}

export interface ExpenseValues {
  stay: 'hotel' | 'none';
  roomRate: string;
  tickets: TicketValues[];
  taxiOrigin: string;
  taxiDestination: string;
  localTransport: boolean;
  vehicleHire: boolean;
}

export interface LegValues {
  departDate: string;
  arriveDate: string;
}

export interface MemberValues {
  planned: ExpenseValues;
  withReal: boolean;
  real: ExpenseValues;
  ownLegs: boolean;
  legs: LegValues[];
}

export type Side = 'planned' | 'real';

export const toExpenseValues = (e: Expenses): ExpenseValues => ({
  stay: e.stay,
  roomRate: amountInput(e.roomRate),
  tickets: e.tickets.map((x) => ({ mode: x.mode, label: x.label, amount: amountInput(x.amount), date: x.date ?? '' })),
  taxiOrigin: faresInput(e.taxis.origin),
  taxiDestination: faresInput(e.taxis.destination),
  localTransport: e.localTransport,
  vehicleHire: e.vehicleHire,
});

/** Own journeys start as the trip's: the way there on its first day, the way back on its last. */
export const toMemberValues = (m: MemberMoney, trip: { startDate: string; endDate: string }): MemberValues => ({
  planned: toExpenseValues(m.planned),
  withReal: m.real !== null,
  real: toExpenseValues(m.real ?? m.planned),
  ownLegs: m.legs !== null,
  legs: m.legs ?? [
    { departDate: trip.startDate, arriveDate: trip.startDate },
    { departDate: trip.endDate, arriveDate: trip.endDate },
  ],
});

/** The fields on screen for one side, in screen order. */
export function sideFields(v: MemberValues, side: Side): string[] {
  const e = v[side];
  return [
    `${side}.stay`,
    `${side}.roomRate`,
    ...e.tickets.flatMap((_, i) => ['mode', 'label', 'amount', 'date'].map((f) => `${side}.tickets.${i}.${f}`)),
    `${side}.taxiOrigin`,
    `${side}.taxiDestination`,
  ];
}

/** Every field of the form, the legs' last. */
export function memberFields(v: MemberValues, side: Side): string[] {
  return [...sideFields(v, side), ...(v.ownLegs ? v.legs.flatMap((_, i) => [`legs.${i}.departDate`, `legs.${i}.arriveDate`]) : [])];
}

const invalid = (field: string, key: string): ApiError => ({ code: 'VALIDATION', message: key, key, field });

function readExpenses(e: ExpenseValues, side: Side, errors: FieldErrors<string>): Expenses {
  const room = readAmount(e.roomRate, `${side}.roomRate`, true);
  if (!room.ok) errors[`${side}.roomRate`] = room.error;
  const tickets = e.tickets.map((x, i) => {
    const at = `${side}.tickets.${i}`;
    const amount = readAmount(x.amount, `${at}.amount`);
    if (!amount.ok) errors[`${at}.amount`] = amount.error;
    if (x.date !== '' && !isRealIsoDate(x.date)) errors[`${at}.date`] = invalid(`${at}.date`, 'validation.invalidDate');
    return { mode: x.mode, label: x.label.trim(), amount: amount.ok ? amount.value : 0, ...(x.date ? { date: x.date } : {}) };
  });
  const origin = readFares(e.taxiOrigin, `${side}.taxiOrigin`);
  if (!origin.ok) errors[`${side}.taxiOrigin`] = origin.error;
  const destination = readFares(e.taxiDestination, `${side}.taxiDestination`);
  if (!destination.ok) errors[`${side}.taxiDestination`] = destination.error;
  return {
    stay: e.stay,
    roomRate: room.ok ? room.value : null,
    tickets,
    taxis: { origin: origin.ok ? origin.value : null, destination: destination.ok ? destination.value : null },
    localTransport: e.localTransport,
    vehicleHire: e.vehicleHire,
  };
}

export type MemberPatch = { planned: Expenses; real: Expenses | null; legs: LegValues[] | null };

/** The patch the values make, or the errors by field path. */
export function readMemberValues(v: MemberValues): { patch: MemberPatch } | { errors: FieldErrors<string> } {
  const errors: FieldErrors<string> = {};
  const planned = readExpenses(v.planned, 'planned', errors);
  const real = v.withReal ? readExpenses(v.real, 'real', errors) : null;
  if (v.ownLegs) {
    v.legs.forEach((l, i) => {
      if (!isRealIsoDate(l.departDate)) errors[`legs.${i}.departDate`] = invalid(`legs.${i}.departDate`, 'validation.invalidDate');
      if (!isRealIsoDate(l.arriveDate)) errors[`legs.${i}.arriveDate`] = invalid(`legs.${i}.arriveDate`, 'validation.invalidDate');
      else if (l.arriveDate < l.departDate) errors[`legs.${i}.arriveDate`] = invalid(`legs.${i}.arriveDate`, 'validation.endBeforeStart');
    });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { patch: { planned, real, legs: v.ownLegs ? v.legs : null } };
}
