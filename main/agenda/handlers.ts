import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { agendaOps } from '../../shared/agenda/ops';
import { entityHandlers } from '../bind';
import {
  createAgendaItem,
  duplicateAgendaDay,
  listAgenda,
  removeAgendaItem,
  removeAgendaItems,
  reorderAgendaItem,
  restoreAgendaItem,
  shiftAgendaDay,
  updateAgendaItem,
} from './service';

/** Binds the agenda operations to their services. */
export function agendaHandlers(store: Store): Pick<Handlers, keyof typeof agendaOps> {
  return {
    ...entityHandlers(store, 'agenda', {
      list: listAgenda,
      create: createAgendaItem,
      update: updateAgendaItem,
      remove: removeAgendaItem,
      restore: restoreAgendaItem,
      reorder: reorderAgendaItem,
    }),
    'agenda.removeMany': (input) => removeAgendaItems(store, input),
    'agenda.shiftDay': (input) => shiftAgendaDay(store, input),
    'agenda.duplicateDay': (input) => duplicateAgendaDay(store, input),
  };
}
