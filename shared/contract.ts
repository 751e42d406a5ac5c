import type { z } from 'zod';
import { emptySchema } from './trips/schemas';
import { op } from './op';
import { tripsOps } from './trips/ops';
import { institutionsOps } from './directory/institutions-ops';
import { peopleOps } from './directory/people-ops';
import { delegationOps } from './delegation/ops';
import { agendaOps } from './agenda/ops';
import { learningsOps } from './learnings/ops';
import { mediaOps } from './media/ops';
import { documentsOps } from './documents/ops';
import { issuersOps } from './documents/issuers-ops';
import { quotesOps } from './quotes/ops';
import { moneyOps } from './money/ops';
import { moneyXlsxOps } from './money/xlsx-ops';
import { receiptsOps } from './money/receipts';
import { backupsOps } from './backups/ops';
import { trashOps } from './trash/ops';

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
  ...moneyOps,
  ...moneyXlsxOps,
  ...receiptsOps,
  ...backupsOps,
  ...trashOps,
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
