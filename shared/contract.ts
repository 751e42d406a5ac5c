import type { z } from 'zod';
import { emptySchema } from './domain/trip';
import { op } from './ops/op';
import { tripsOps } from './ops/trips';
import { institutionsOps } from './ops/institutions';
import { peopleOps } from './ops/people';
import { delegationOps } from './ops/delegation';
import { agendaOps } from './ops/agenda';
import { learningsOps } from './ops/learnings';
import { mediaOps } from './ops/media';
import { documentsOps } from './ops/documents';
import { issuersOps } from './ops/issuers';
import { quotesOps } from './ops/quotes';
import { backupsOps } from './ops/backups';

/**
 * The one API contract between the renderer and main: operation name →
 * input schema and output type. Every transport (Electron IPC, browser mode,
 * the end-to-end bridge) calls the same dispatcher with these names.
 */
// Every area's operations live in shared/ops/<area>.ts; the contract is their union.

export interface AppInfo {
  version: string;
  schemaVersion: number;
  mode: 'electron' | 'browser' | 'test';
  dbPath: string;
}

export const contract = {
  'app.info': op<typeof emptySchema, AppInfo>(emptySchema),

  ...tripsOps,
  ...institutionsOps,
  ...peopleOps,
  ...delegationOps,
  ...agendaOps,
  ...learningsOps,
  ...mediaOps,
  ...documentsOps,
  ...issuersOps,
  ...quotesOps,
  ...backupsOps,
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

/** Wire limit, enforced by every transport before parsing (a 50,000-row import fits). */
export const MAX_REQUEST_BYTES = 32_000_000;
