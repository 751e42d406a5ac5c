import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { TOKEN_HEADER, type BrowserServer } from '../../main/server/browser-server';
import { startBrowserMode } from '../helpers/browser';
import { MAX_REQUEST_BYTES } from '../../shared/contract';

let server: BrowserServer;
let close: () => Promise<void>;
beforeAll(async () => {
  let dir: string;
  ({ server, dir, close } = await startBrowserMode());
  // Beside the served folder: must never be served.
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
});
afterAll(() => close());

/** Raw HTTP so the test controls the Host header, which fetch does not allow. */
function raw(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const call = (operation: string, input: unknown, headers: Record<string, string> = {}) =>
  raw({
    path: '/api/invoke',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify({ operation, input }),
  });

describe('browser mode server', () => {
  it('listens on loopback only and prints a URL with the session token', () => {
    const addr = server.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the app with a strict CSP', async () => {
    const r = await raw({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('Rombongan');
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('answers calls that carry the token', async () => {
    const r = await call('trips.create', { title: 'Kunker Banyuwangi', startDate: '2025-09-02', endDate: '2025-09-02' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { title: 'Kunker Banyuwangi' } });
  });

  it('refuses calls without or with a wrong token, and changes nothing', async () => {
    const before = (await call('trips.list', {})).body;
    const none = await raw({ path: '/api/invoke', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation: 'trips.create', input: { title: 'x', startDate: '2025-01-01', endDate: '2025-01-01' } }) });
    expect(none.status).toBe(401);
    const wrong = await call('trips.create', { title: 'x', startDate: '2025-01-01', endDate: '2025-01-01' }, { [TOKEN_HEADER]: 'A'.repeat(server.token.length) });
    expect(wrong.status).toBe(401);
    expect((await call('trips.list', {})).body).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await raw({ path: '/', headers: { Host: 'evil.example:80' } })).status).toBe(421);
    expect((await call('trips.list', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await call('trips.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('trips.list', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses path traversal, wrong methods, non-JSON and oversized bodies', async () => {
    expect((await raw({ path: '/../secret.txt' })).status).toBe(404);
    expect((await raw({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await raw({ path: '/%E0%A4%A' })).status).toBe(404);
    expect((await raw({ path: '/api/invoke' })).status).toBe(405);
    expect((await raw({ path: '/', method: 'DELETE' })).status).toBe(405);
    const notJson = await raw({ path: '/api/invoke', method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{nope' });
    expect(notJson.status).toBe(400);
    const huge = await call('trips.create', { title: 'x'.repeat(MAX_REQUEST_BYTES + 1), startDate: '2025-01-01', endDate: '2025-01-01' });
    expect(huge.status).toBe(413);
  });

  it('passes bad input to the dispatcher, which names the field', async () => {
    const r = await call('trips.create', { title: '', startDate: '2025-01-01', endDate: '2025-01-01' });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'title' } });
    const u = await call('fs.readFile', { path: '/etc/passwd' });
    expect(JSON.parse(u.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });
});
