import type { z } from 'zod';
import {
  contract,
  isOperationName,
  MAX_REQUEST_BYTES,
  type OperationName,
  type OutputOf,
  type ParsedInputOf,
} from '../shared/contract';
import { AppError, type ApiError, type Result } from '../shared/result';
import type { SYSTEM_OPERATIONS } from '../shared/backups/ops';

export type Handlers = {
  [K in OperationName]: (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
};

/** The file's health, backups and log: bound by the app (main/app.ts); a bare dispatcher may lack them. */
type SystemOperation = (typeof SYSTEM_OPERATIONS)[number];
export type HandlerTable = Omit<Handlers, SystemOperation> & Partial<Pick<Handlers, SystemOperation>>;

export type Dispatch = (operation: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported (they reach the user only as INTERNAL). */
  log?: (message: string, error: unknown) => void;
  /** Turns what the OS or SQLite threw (disk full, read-only, damage) into what the user is told. */
  mapError?: (error: unknown) => AppError | null;
}

const ZOD_KEY: Record<string, string> = {
  invalid_type: 'validation.invalidType',
  too_big: 'validation.tooLong',
  too_small: 'validation.required',
  unrecognized_keys: 'validation.unknownField',
};

function validationError(err: z.ZodError): ApiError {
  const issue = err.issues[0];
  if (!issue) return { code: 'VALIDATION', message: 'Invalid input', key: 'validation.invalid' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
  const field = path.join('.');
  // Schemas carry i18n keys as their messages ("validation.…", or an area's own
  // "documents.validation.…"); zod's own messages otherwise.
  const isKey = /^([a-z]+\.)?validation\.[A-Za-z.]+$/.test(issue.message);
  const key = isKey ? issue.message : (ZOD_KEY[issue.code] ?? 'validation.invalid');
  const params: Record<string, string | number> = {};
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') params.max = issue.maximum;
  const readable = isKey ? key.slice(key.indexOf('validation.') + 'validation.'.length) : issue.message;
  const e: ApiError = {
    code: 'VALIDATION',
    message: field ? `${field}: ${readable}` : readable,
    key,
  };
  if (field) e.field = field;
  if (Object.keys(params).length) e.params = params;
  return e;
}

/**
 * The one entry point of every transport: checks the operation name, validates
 * the input with the contract's schema, runs the handler and answers a Result.
 * Nothing a renderer sends reaches a handler unvalidated.
 */
export function createDispatcher(handlers: HandlerTable, opts: DispatcherOptions = {}): Dispatch {
  const log = opts.log ?? ((m, e) => console.error(m, e));
  return async (operation, input) => {
    if (!isOperationName(operation)) {
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_OPERATION',
          message: `Unknown operation: ${typeof operation === 'string' ? operation.slice(0, 80) : typeof operation}`,
          key: 'errors.UNKNOWN_OPERATION',
        },
      };
    }
    const parsed = contract[operation].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = (handlers as Partial<Handlers>)[operation] as ((i: unknown) => unknown) | undefined;
      if (!handler) {
        throw new AppError('UNSUPPORTED', `${operation} is not available here`, { key: 'errors.UNKNOWN_OPERATION' });
      }
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toApiError() };
      const mapped = opts.mapError?.(e);
      log(`operation ${operation} failed`, e);
      if (mapped) return { ok: false, error: mapped.toApiError() };
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Unexpected error; details are in the log file', key: 'errors.INTERNAL' },
      };
    }
  };
}

/** For transports that receive raw bytes: rejects oversized bodies before JSON parsing. */
export function requestTooLarge(bytes: number): boolean {
  return bytes > MAX_REQUEST_BYTES;
}
