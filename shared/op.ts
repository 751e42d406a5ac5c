import type { z } from 'zod';

/** One operation of the contract: its input schema and (phantom) output type. */
export interface Op<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

export const op = <I extends z.ZodType, O>(input: I): Op<I, O> => ({ input, output: undefined as O });

export type Removed = { id: string };
