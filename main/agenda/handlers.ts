import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { agendaOps } from '../../shared/agenda/ops';
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
    'agenda.list': ({ tripId }) => listAgenda(store, tripId),
    'agenda.create': (input) => createAgendaItem(store, input),
    'agenda.update': (input) => updateAgendaItem(store, input),
    'agenda.remove': ({ id }) => removeAgendaItem(store, id),
    'agenda.restore': ({ id }) => restoreAgendaItem(store, id),
    'agenda.removeMany': (input) => removeAgendaItems(store, input),
    'agenda.shiftDay': (input) => shiftAgendaDay(store, input),
    'agenda.duplicateDay': (input) => duplicateAgendaDay(store, input),
    'agenda.reorder': (input) => reorderAgendaItem(store, input),
  };
}
