import type { Op } from './op';

/** The learnings operations of the contract (filled by the learnings work). */
export const learningsOps = {} satisfies Record<string, Op<never, unknown>>;
