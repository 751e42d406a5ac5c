import type { Changes } from './changes';
/**
 * The answer shape of every operation. Electron's IPC drops Error classes,
 * so errors travel as plain data that a form can act on (`field`).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'UNKNOWN_OPERATION',
  'UNAUTHORIZED',
  'CONFLICT',
  /** Needs something this transport lacks (a save dialog in browser mode). */
  'UNSUPPORTED',
  'DB_TOO_NEW',
  /** The database file was refused or is damaged: only backups and the log answer. */
  'DB_UNAVAILABLE',
  /** A write on a damaged (read-only) database, or SQLite found damage. */
  'DB_DAMAGED',
  'DISK_FULL',
  /** The database file or its folder cannot be written. */
  'READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and command-line use. The UI shows `key` translated. */
  message: string;
  /** Dotted path of the offending input field, e.g. "title" or "patch.endDate". */
  field?: string;
  /** i18n key of the user-facing message, e.g. "validation.required". */
  key?: string;
  params?: Record<string, string | number>;
}

/** A write's answer also says which tables it changed (`changes`), so the window that made it need not wait for the broadcast. */
export type Result<T> = { ok: true; value: T; changes?: Changes } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: ApiError): Result<T> => ({ ok: false, error });

/** Thrown by services; the dispatcher turns it into `{ok:false, error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    opts: { field?: string; key?: string; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = opts.field;
    this.key = opts.key;
    this.params = opts.params;
  }
  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.field !== undefined) e.field = this.field;
    if (this.key !== undefined) e.key = this.key;
    if (this.params !== undefined) e.params = this.params;
    return e;
  }
}
