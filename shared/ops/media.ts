import type { Op } from './op';

/** The media operations of the contract (filled by the media work). */
export const mediaOps = {} satisfies Record<string, Op<never, unknown>>;
