import {
  agendaCreateSchema,
  agendaDuplicateDaySchema,
  agendaRemoveManySchema,
  agendaReorderSchema,
  agendaShiftDaySchema,
  agendaUpdateSchema,
  type AgendaItem,
} from './schemas';
import { byIdSchema, byTripSchema } from '../trips/schemas';
import { op, type Removed } from '../op';

/** The agenda operations of the contract. */
export const agendaOps = {
  /** Live items of the trip, by start instant then position. */
  'agenda.list': op<typeof byTripSchema, AgendaItem[]>(byTripSchema),
  'agenda.create': op<typeof agendaCreateSchema, AgendaItem>(agendaCreateSchema),
  'agenda.update': op<typeof agendaUpdateSchema, AgendaItem>(agendaUpdateSchema),
  'agenda.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'agenda.restore': op<typeof byIdSchema, AgendaItem>(byIdSchema),
  /** Removes several live items of one trip in one transaction (all or none). */
  'agenda.removeMany': op<typeof agendaRemoveManySchema, { ids: string[] }>(agendaRemoveManySchema),
  /**
   * Moves every item starting on that local date of its place by ±days (same
   * wall-clock times); with `itemIds`, only those items of that day.
   */
  'agenda.shiftDay': op<typeof agendaShiftDaySchema, AgendaItem[]>(agendaShiftDaySchema),
  /** Copies every item of that local date to `toDate`, same wall-clock times and attendees. */
  'agenda.duplicateDay': op<typeof agendaDuplicateDaySchema, AgendaItem[]>(agendaDuplicateDaySchema),
  /** Moves an item among the items starting at the same instant. */
  'agenda.reorder': op<typeof agendaReorderSchema, AgendaItem[]>(agendaReorderSchema),
};
