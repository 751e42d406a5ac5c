/**
 * The app:// scheme: the built renderer (dist/renderer) served from disk, or
 * from app.asar once packaged (Electron's fs reads inside the archive), with
 * the Content-Security-Policy on every response.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs';
import { APP_SCHEME, contentTypeFor, rendererFileFor, securityHeaders } from './url-policy';

/**
 * Must run before app 'ready'. standard: relative URLs and a real origin
 * (app://rombongan) for storage; secure: a secure context like https;
 * supportFetchAPI: fetch() and module scripts may load from it.
 * corsEnabled stays off on purpose: it would let other origins read our files.
 * bypassCSP stays off: our pages obey their CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Callback fs.readFile on purpose: it is the API Electron's asar support has
 * patched the longest (fs/promises had asar gaps, electron/electron#32774).
 */
function readBytes(file: string): Promise<Buffer<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    readFile(file, (err, data) => (err ? reject(err) : resolve(data)));
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The answer to one app:// request (exported for tests). */
export async function rendererResponse(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  // null for another host, `..`, encoded separators, NUL bytes or bad escapes.
  const file = rendererFileFor(root, request.url);
  if (file === null) return plain(404, 'Not found');
  let body: Buffer<ArrayBuffer>;
  try {
    body = await readBytes(file);
  } catch {
    return plain(404, 'Not found'); // missing file, or a folder
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: securityHeaders(contentTypeFor(file)),
  });
}

/** Call after 'ready'. `root` is the folder holding index.html. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    rendererResponse(root, request).catch((e: unknown) => {
      console.error('app:// handler failed', e);
      return plain(500, 'Internal error');
    }),
  );
}
