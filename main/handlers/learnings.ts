import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { learningsOps } from '../../shared/ops/learnings';

/** Binds the learnings operations to their services. */
export function learningsHandlers(_store: Store): Pick<Handlers, keyof typeof learningsOps> {
  return {};
}
