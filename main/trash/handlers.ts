import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { trashOps } from '../../shared/trash/ops';
import { listTrash, purgeFromTrash, restoreFromTrash, trashImpact } from './service';

/** Binds the Sampah operations to their service. */
export function trashHandlers(store: Store): Pick<Handlers, keyof typeof trashOps> {
  return {
    'trash.list': () => listTrash(store),
    'trash.impact': (ref) => trashImpact(store, ref),
    'trash.restore': (ref) => restoreFromTrash(store, ref),
    'trash.purge': (ref) => purgeFromTrash(store, ref),
  };
}
