import type { Op } from './op';

/** The agenda operations of the contract (filled by the agenda work). */
export const agendaOps = {} satisfies Record<string, Op<never, unknown>>;
