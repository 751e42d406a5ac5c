/**
 * The app's log: one file beside the database (logs/rombongan.log), capped in
 * size and rotated (rombongan.log.1, .2), created for this user only. No
 * personal data: messages are written by our code, never from user input, and
 * every line is scrubbed of what looks like a NIP, a phone number or an e-mail
 * address before it is written (error messages can quote values).
 */
import { appendFileSync, chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 2;

export interface Logger {
  readonly path: string;
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** The last `maxBytes` of the current log. */
  tail(maxBytes?: number): string;
}

export function logPathOf(dbPath: string): string {
  return join(dirname(dbPath), 'logs', 'rombongan.log');
}

/** Removes what may identify a person: e-mail addresses, long digit runs (NIP, NIK, phone numbers). */
export function scrub(text: string): string {
  return text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/\+?\d[\d\s.-]{6,}\d/g, (m) => (m.replace(/\D/g, '').length >= 8 ? '[angka]' : m));
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const raw: unknown = 'code' in error ? error.code : undefined;
    const code = typeof raw === 'string' || typeof raw === 'number' ? ` [${raw}]` : '';
    return `${error.name}${code}: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(1, 8).join('\n')}` : ''}`;
  }
  return String(error);
}

export function createLogger(path: string, opts: { echo?: boolean; now?: () => Date } = {}): Logger {
  const now = opts.now ?? (() => new Date());
  let broken = false;
  const write = (level: string, message: string) => {
    const line = `${now().toISOString()} ${level} ${scrub(message)}\n`;
    if (opts.echo) (level === 'ERROR' ? process.stderr : process.stdout).write(line);
    if (broken) return;
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      rotateIfNeeded(path, Buffer.byteLength(line));
      const fresh = !existsSync(path);
      appendFileSync(path, line, { mode: 0o600 });
      if (fresh && process.platform !== 'win32') chmodSync(path, 0o600);
    } catch {
      // A log that cannot be written (read-only folder, full disk) must never stop the app.
      broken = true;
    }
  };
  return {
    path,
    info: (m) => write('INFO', m),
    error: (m, e) => write('ERROR', e === undefined ? m : `${m}: ${describe(e)}`),
    tail(maxBytes = 64 * 1024) {
      try {
        const size = statSync(path).size;
        const len = Math.min(size, maxBytes);
        const buf = Buffer.alloc(len);
        const fd = openSync(path, 'r');
        try {
          readSync(fd, buf, 0, len, size - len);
        } finally {
          closeSync(fd);
        }
        const text = buf.toString('utf8');
        return len < size ? text.slice(text.indexOf('\n') + 1) : text;
      } catch {
        return '';
      }
    },
  };
}

function rotateIfNeeded(path: string, adding: number): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return;
  }
  if (size + adding <= LOG_MAX_BYTES) return;
  rmSync(`${path}.${LOG_KEEP}`, { force: true });
  for (let i = LOG_KEEP - 1; i >= 1; i--) {
    if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
  }
  renameSync(path, `${path}.1`);
}
