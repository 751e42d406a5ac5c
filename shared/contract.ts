import type { z } from 'zod';
import {
  byIdSchema,
  emptySchema,
  tripCreateSchema,
  tripUpdateSchema,
  type Trip,
} from './domain/trip';

/**
 * The one API contract between the renderer and main: operation name →
 * input schema and output type. Every transport (Electron IPC, browser mode,
 * the end-to-end bridge) calls the same dispatcher with these names.
 */
interface Op<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}
const op = <I extends z.ZodType, O>(input: I): Op<I, O> => ({ input, output: undefined as O });

export interface AppInfo {
  version: string;
  schemaVersion: number;
  mode: 'electron' | 'browser' | 'test';
  dbPath: string;
}

export const contract = {
  'app.info': op<typeof emptySchema, AppInfo>(emptySchema),
  'trips.list': op<typeof emptySchema, Trip[]>(emptySchema),
  'trips.get': op<typeof byIdSchema, Trip>(byIdSchema),
  'trips.create': op<typeof tripCreateSchema, Trip>(tripCreateSchema),
  'trips.update': op<typeof tripUpdateSchema, Trip>(tripUpdateSchema),
  /** Marks the trip deleted; `trips.restore` undoes it. */
  'trips.delete': op<typeof byIdSchema, { id: string }>(byIdSchema),
  'trips.restore': op<typeof byIdSchema, Trip>(byIdSchema),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K]['output'];

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Wire limits, enforced by every transport before parsing. */
export const MAX_REQUEST_BYTES = 1_000_000;
