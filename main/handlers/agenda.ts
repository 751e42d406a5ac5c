import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { agendaOps } from '../../shared/ops/agenda';

/** Binds the agenda operations to their services. */
export function agendaHandlers(_store: Store): Pick<Handlers, keyof typeof agendaOps> {
  return {};
}
