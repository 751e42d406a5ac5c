import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Dispatch } from '../dispatcher';
import type { Changes } from '../../shared/changes';

export const TOKEN_HEADER = 'x-rombongan-token';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
  server: Server;
}

export interface BrowserServerOptions {
  dispatch: Dispatch;
  /** The app's change announcements, streamed to every open tab at /api/events. */
  onChanges?: (listener: (changes: Changes) => void) => () => void;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** A built document's bytes, once (App.takeDoc): POST /api/download answers with them as a file, not base64 in JSON. */
  takeDoc?: (exportId: string) => { fileName: string; mime: string; bytes: Buffer };
  port?: number;
  token?: string;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/**
 * Browser mode: the same app served to a local browser when no Electron window
 * can start. Listens on loopback only; every request must carry our Host
 * (defeats DNS rebinding) and every API call our per-session token.
 */
export async function startBrowserServer(opts: BrowserServerOptions): Promise<BrowserServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  const streams = new Set<ServerResponse>();

  const readBody = (req: IncomingMessage): Promise<Buffer | null> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_REQUEST_BYTES) {
          // Drain and drop the rest; answering mid-upload would reset the client.
          chunks.length = 0;
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks)));
      req.on('error', reject);
    });

  /** A call from a foreign page or without this session's token: answered here (true), nothing else done. */
  const refused = (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Foreign origin' } });
      return true;
    }
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, token)) {
      sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong session token', key: 'errors.UNAUTHORIZED' } });
      return true;
    }
    return false;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      send(res, 421, 'Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname === '/api/events') {
      // Server-sent events, read by fetch (so the token travels in a header, never in a URL or a log).
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed');
      const given = req.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || !sameToken(given, token)) return send(res, 401, 'Missing or wrong session token');
      if (!opts.onChanges) return send(res, 404, 'Not found');
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        Connection: 'keep-alive',
      });
      res.write(': rombongan\n\n');
      const off = opts.onChanges((c) => res.write(`data: ${JSON.stringify(c)}\n\n`));
      streams.add(res);
      req.on('close', () => {
        off();
        streams.delete(res);
      });
      return;
    }
    if (url.pathname === '/api/download') {
      // A built document as the file itself: the renderer never holds it as base64 (a 40 MB report was 53 MB of JSON text).
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (refused(req, res)) return;
      if (!opts.takeDoc) return send(res, 404, 'Not found');
      const body = await readBody(req);
      let exportId: unknown;
      try {
        exportId = (JSON.parse(body?.toString('utf8') ?? '') as { exportId?: unknown }).exportId;
      } catch {
        exportId = undefined;
      }
      if (typeof exportId !== 'string' || !/^[0-9a-f-]{36}$/.test(exportId)) {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'exportId: expected the id of a built document', field: 'exportId', key: 'validation.invalid' } });
      }
      let doc: { fileName: string; mime: string; bytes: Buffer };
      try {
        doc = opts.takeDoc(exportId);
      } catch (e) {
        const err = e instanceof AppError ? e.toApiError() : { code: 'INTERNAL' as const, message: 'The document could not be read' };
        return sendJson(res, err.code === 'NOT_FOUND' ? 404 : 500, { ok: false, error: err });
      }
      res.writeHead(200, {
        'Content-Type': doc.mime,
        'Content-Length': doc.bytes.byteLength,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(doc.bytes);
      return;
    }
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (refused(req, res)) return;
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Expected application/json', key: 'validation.invalid' } });
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      const body = declared > MAX_REQUEST_BYTES ? null : await readBody(req);
      if (body === null) {
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'Request too large', key: 'validation.tooLarge' } });
      }
      let msg: unknown;
      try {
        msg = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Body is not JSON', key: 'validation.invalid' } });
      }
      const { operation, input } = (msg && typeof msg === 'object' ? msg : {}) as { operation?: unknown; input?: unknown };
      return sendJson(res, 200, await opts.dispatch(operation, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    let rel: string;
    try {
      rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    } catch {
      return send(res, 404, 'Not found'); // a malformed %-escape names no file of ours
    }
    const file = normalize(join(opts.staticDir, rel));
    if (!file.startsWith(normalize(opts.staticDir) + sep)) return send(res, 404, 'Not found');
    try {
      const bytes = await readFile(file);
      send(res, 200, bytes, MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'Not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('browser server error', e);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of streams) r.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
