import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAllowedAppUrl,
  isAllowedRequestUrl,
  isSafeRendererPath,
  isTrustedSenderFrame,
  rendererFileFor,
  securityHeaders,
  type FrameLike,
} from '../../main/electron/url-policy';
import { CSP as BROWSER_MODE_CSP } from '../../main/server/browser-server';
import { rendererResponse } from '../../main/electron/protocol';

// protocol.ts imports Electron, whose binary does not exist under vitest.
vi.mock('electron', () => ({ protocol: {} }));

describe('isAllowedAppUrl', () => {
  it('accepts our own origin only', () => {
    expect(isAllowedAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedAppUrl('app://rombongan/')).toBe(true);
    expect(isAllowedAppUrl('app://rombongan/assets/index-abc.js?x=1#top')).toBe(true);
  });

  it('refuses other schemes, hosts and smuggled authorities', () => {
    for (const url of [
      'https://rombongan/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://rombongan.evil/index.html',
      'app://rombongan:8080/index.html',
      'app://user@rombongan/index.html',
      'app://user:pw@rombongan/index.html',
      'app:rombongan/index.html',
      'javascript:alert(1)',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(isAllowedAppUrl(url), url).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets through our pages, DevTools, data: and our blob: URLs', () => {
    expect(isAllowedRequestUrl('app://rombongan/assets/app.css')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://rombongan/0b7a7a52-2a2b-4b0c-9d3e-1f0e8c1d2e3f')).toBe(true);
  });

  it('cancels anything remote or local outside the app', () => {
    for (const url of [
      'https://example.org/x.js',
      'http://localhost:3000/',
      'ws://127.0.0.1:9222/',
      'wss://example.org/',
      'ftp://example.org/',
      'file:///C:/Windows/win.ini',
      'blob:https://example.org/0b7a7a52',
      'chrome://gpu',
      'app://other/index.html',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('isSafeRendererPath', () => {
  const root = '/opt/Rombongan/resources/app.asar/dist/renderer';

  it('accepts files inside the renderer folder', () => {
    expect(isSafeRendererPath(root, 'index.html', posix)).toBe(true);
    expect(isSafeRendererPath(root, 'assets/index-abc.js', posix)).toBe(true);
    expect(isSafeRendererPath(root, `${root}/assets/x.css`, posix)).toBe(true);
    expect(isSafeRendererPath(root, 'assets/../index.html', posix)).toBe(true);
    expect(isSafeRendererPath(root, '..foo', posix)).toBe(true); // a file name, not a parent
  });

  it('refuses anything that leaves it', () => {
    expect(isSafeRendererPath(root, '../main/electron-main.cjs', posix)).toBe(false);
    expect(isSafeRendererPath(root, '../../../../etc/passwd', posix)).toBe(false);
    expect(isSafeRendererPath(root, '/etc/passwd', posix)).toBe(false);
    expect(isSafeRendererPath(root, `${root}-evil/x.js`, posix)).toBe(false); // sibling sharing the prefix
    expect(isSafeRendererPath(root, '', posix)).toBe(false); // the folder itself
    expect(isSafeRendererPath(root, '.', posix)).toBe(false);
    expect(isSafeRendererPath(root, '..', posix)).toBe(false);
    expect(isSafeRendererPath(root, 'index.html\0.png', posix)).toBe(false);
  });

  it('uses Windows rules on Windows: backslashes, drives and UNC paths', () => {
    const winRoot = 'C:\\Program Files\\Rombongan\\resources\\app.asar\\dist\\renderer';
    expect(isSafeRendererPath(winRoot, 'assets\\index.js', win32)).toBe(true);
    expect(isSafeRendererPath(winRoot, '..\\..\\..\\secret.txt', win32)).toBe(false);
    expect(isSafeRendererPath(winRoot, 'assets/../../main/electron-main.cjs', win32)).toBe(false);
    expect(isSafeRendererPath(winRoot, 'D:\\data\\rombongan.sqlite', win32)).toBe(false);
    expect(isSafeRendererPath(winRoot, '\\\\server\\share\\x', win32)).toBe(false);
    expect(isSafeRendererPath(winRoot, 'C:\\Program Files\\Rombongan\\resources\\app.asar\\dist\\renderer-x\\a', win32)).toBe(false);
  });
});

describe('rendererFileFor', () => {
  const root = '/app/dist/renderer';

  it('maps app:// URLs to files of the renderer', () => {
    expect(rendererFileFor(root, 'app://rombongan/', posix)).toBe('/app/dist/renderer/index.html');
    expect(rendererFileFor(root, 'app://rombongan/index.html', posix)).toBe('/app/dist/renderer/index.html');
    expect(rendererFileFor(root, 'app://rombongan/assets/index-abc.js?v=2#x', posix)).toBe('/app/dist/renderer/assets/index-abc.js');
    expect(rendererFileFor(root, 'app://rombongan/assets/Logo%20Daerah.svg', posix)).toBe('/app/dist/renderer/assets/Logo Daerah.svg');
  });

  it('returns null for foreign URLs and every traversal trick', () => {
    for (const url of [
      'app://other/index.html',
      'https://rombongan/index.html',
      'app://rombongan/..%2F..%2Fmain%2Felectron-main.cjs',
      'app://rombongan/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://rombongan/%2e%2e/%2e%2e/etc/passwd',
      'app://rombongan/%2Fetc%2Fpasswd',
      'app://rombongan/index.html%00.png',
      'app://rombongan/%E0%A4%A',
    ]) {
      const file = rendererFileFor(root, url, posix);
      if (file !== null) expect(file.startsWith(`${root}/`), `${url} -> ${file}`).toBe(true);
      else expect(file).toBeNull();
    }
    expect(rendererFileFor(root, 'app://rombongan/..%2F..%2Fmain%2Felectron-main.cjs', posix)).toBeNull();
    expect(rendererFileFor(root, 'app://rombongan/index.html%00.png', posix)).toBeNull();
    expect(rendererFileFor(root, 'app://rombongan/%E0%A4%A', posix)).toBeNull();
  });

  it('treats backslashes as separators on Windows', () => {
    const winRoot = 'C:\\Rombongan\\resources\\app.asar\\dist\\renderer';
    expect(rendererFileFor(winRoot, 'app://rombongan/..%5C..%5Cmain%5Celectron-main.cjs', win32)).toBeNull();
    expect(rendererFileFor(winRoot, 'app://rombongan/%5C%5Cserver%5Cshare%5Cx', win32)).toBe(`${winRoot}\\server\\share\\x`);
    expect(rendererFileFor(winRoot, 'app://rombongan/C:%5CWindows%5Cwin.ini', win32)).toBeNull();
    expect(rendererFileFor(winRoot, 'app://rombongan/assets/index.js', win32)).toBe(`${winRoot}\\assets\\index.js`);
  });
});

describe('response headers', () => {
  it('carries the strict CSP, the same as browser mode', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(BROWSER_MODE_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    const h = securityHeaders('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });

  it('types the files vite emits', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('isTrustedSenderFrame', () => {
  const main: FrameLike = { url: APP_ENTRY_URL, processId: 4, routingId: 1, parent: null, detached: false };

  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSenderFrame({ ...main }, main)).toBe(true);
    expect(isTrustedSenderFrame({ ...main, url: 'app://rombongan/#/trips/1' }, main)).toBe(true);
  });

  it('refuses a missing, detached, child or foreign frame', () => {
    expect(isTrustedSenderFrame(null, main)).toBe(false);
    expect(isTrustedSenderFrame(undefined, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main }, null)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, detached: true }, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, parent: main }, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, routingId: 2 }, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, processId: 5 }, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, url: 'https://example.org/' }, main)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, url: '' }, main)).toBe(false);
  });
});

describe('rendererResponse (the app:// handler)', () => {
  let base: string;
  let root: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'rombongan-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rombongan</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    mkdirSync(join(base, 'renderer-evil'));
    writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => rendererResponse(root, new Request(url, { method }));

  it('serves the renderer with its type and the CSP', async () => {
    const res = await get('app://rombongan/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>Rombongan</title>');
    const js = await get('app://rombongan/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const head = await get('app://rombongan/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404, still with the CSP, for anything outside the renderer folder', async () => {
    for (const url of [
      'app://rombongan/..%2Fsecret.txt',
      'app://rombongan/assets/..%2F..%2Fsecret.txt',
      'app://rombongan/..%2Frenderer-evil%2Fx.js',
      'app://rombongan/missing.js',
      'app://rombongan/assets',
      'app://other/index.html',
      'app://rombongan/index.html%00',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://rombongan/index.html', 'POST')).status).toBe(405);
  });
});
