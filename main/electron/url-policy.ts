/**
 * The pure half of the Electron shell's security policy: which URLs the window
 * may show, fetch or talk to main from, and how an app:// URL maps to a file
 * of the built renderer. No Electron import here, so unit tests can run it.
 */
import * as nodePath from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rombongan';
/** The origin every page of the window lives on. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads first. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Headers on every app:// response, errors included. The CSP is the same as
 * browser mode's (main/server/browser-server.ts; a unit test keeps them equal)
 * and is written out as one literal so that electronegativity's CSP checks
 * find and evaluate it (scripts/security-lint.mjs).
 */
export function securityHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  return headers;
}

export const CONTENT_SECURITY_POLICY: string = securityHeaders('text/plain')['Content-Security-Policy'] ?? '';

function parse(url: string): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for a URL of our own origin, `app://rombongan/...`: no other
 * scheme or host, no user, password or port smuggled into the authority.
 */
export function isAllowedAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === '' &&
    u.pathname.startsWith('/')
  );
}

/**
 * The requests the session lets through: our own pages and assets, the
 * DevTools front-end (development only, but harmless) and in-memory data:
 * and blob: URLs (the CSP allows them for images). Everything else — http,
 * https, ws, file, ftp — is cancelled: the app has no remote content.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAllowedAppUrl(url)) return true;
  const u = parse(url);
  if (u === null) return false;
  if (u.protocol === 'devtools:') return true;
  if (u.protocol === 'data:') return true;
  // blob: URLs made by our own pages carry our origin: blob:app://rombongan/<uuid>.
  if (u.protocol === 'blob:') return isAllowedAppUrl(u.pathname);
  return false;
}

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Whether `requested` (an absolute path, or one relative to `root`) stays
 * inside `root`. `pathApi` lets tests check Windows semantics on Linux.
 */
export function isSafeRendererPath(root: string, requested: string, pathApi: PathApi = nodePath): boolean {
  if (requested.includes('\0')) return false;
  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, requested);
  const rel = pathApi.relative(base, target);
  // '' is the root folder itself: not a file we serve.
  if (rel === '' || pathApi.isAbsolute(rel)) return false;
  return rel !== '..' && !rel.startsWith(`..${pathApi.sep}`);
}

/**
 * The file of the built renderer an app:// URL stands for, or null when the
 * URL is not ours or would leave `root` (`..`, encoded slashes or
 * backslashes, NUL bytes, malformed escapes). `/` is `index.html`.
 */
export function rendererFileFor(root: string, url: string, pathApi: PathApi = nodePath): string | null {
  if (!isAllowedAppUrl(url)) return null;
  const { pathname } = new URL(url);
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  // Relative to root, never absolute: strip the leading slash(es).
  rel = rel.replace(/^[/\\]+/, '');
  if (!isSafeRendererPath(root, rel, pathApi)) return null;
  return pathApi.resolve(pathApi.resolve(root), rel);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return MIME_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The parts of Electron's WebFrameMain the IPC sender check needs. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
  readonly detached?: boolean;
}

/**
 * An IPC message is trusted only from the main frame of our window while it
 * shows one of our pages: not from a subframe, a detached frame, another
 * window, or a page that navigated elsewhere.
 */
export function isTrustedSenderFrame(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): boolean {
  if (!frame || !mainFrame) return false;
  if (frame.detached === true) return false;
  if (frame.parent !== null) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAllowedAppUrl(frame.url);
}
