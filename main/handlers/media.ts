import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { mediaOps } from '../../shared/ops/media';

/** Binds the media operations to their services. */
export function mediaHandlers(_store: Store): Pick<Handlers, keyof typeof mediaOps> {
  return {};
}
