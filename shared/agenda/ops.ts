import {
  agendaCreateSchema,
  agendaDuplicateDaySchema,
  agendaRemoveManySchema,
  agendaReorderSchema,
  agendaShiftDaySchema,
  agendaUpdateSchema,
  type AgendaItem,
} from './schemas';
import { byTripSchema } from '../common';
import { entityOps, op, row } from '../op';

/** The agenda operations of the contract. */
export const agendaOps = {
  /** `agenda.list`: the live items of the trip, by start instant then position; `agenda.reorder` moves an item among the items starting at the same instant. */
  ...entityOps(
    'agenda',
    row<AgendaItem>(),
    { list: byTripSchema, create: agendaCreateSchema, update: agendaUpdateSchema, reorder: agendaReorderSchema },
    'remove',
    'restore',
  ),
  /** Removes several live items of one trip in one transaction (all or none). */
  'agenda.removeMany': op<typeof agendaRemoveManySchema, { ids: string[] }>(agendaRemoveManySchema),
  /**
   * Moves every item starting on that local date of its place by ±days (same
   * wall-clock times); with `itemIds`, only those items of that day.
   */
  'agenda.shiftDay': op<typeof agendaShiftDaySchema, AgendaItem[]>(agendaShiftDaySchema),
  /** Copies every item of that local date to `toDate`, same wall-clock times and attendees. */
  'agenda.duplicateDay': op<typeof agendaDuplicateDaySchema, AgendaItem[]>(agendaDuplicateDaySchema),
};
