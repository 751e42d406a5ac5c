import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { App } from '../../main/app';
import { TOKEN_HEADER, type BrowserServer } from '../../main/server/browser-server';
import type { BuiltDoc } from '../../shared/documents/schemas';
import { startBrowserMode } from '../helpers/browser';

/*
 * Browser mode hands a built document over as the file itself (POST
 * /api/download, the session token in its header), not as base64 inside
 * JSON, and main lets go of it once it is fetched: the outbox keeps nothing
 * the user already has.
 */
let app: App;
let server: BrowserServer;
let close: () => Promise<void>;
beforeAll(async () => ({ app, server, close } = await startBrowserMode({ downloads: true })));
afterAll(() => close());

const base = () => `http://127.0.0.1:${server.port}`;
const download = (exportId: string, token = server.token) =>
  fetch(`${base()}/api/download`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify({ exportId }) });

async function build(): Promise<BuiltDoc> {
  const trip = await app.dispatch('trips.create', { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
  if (!trip.ok) throw new Error(trip.error.message);
  const built = await app.dispatch('docs.build', { tripId: (trip.value as { id: string }).id, kind: 'rundown' });
  if (!built.ok) throw new Error(built.error.message);
  return built.value as BuiltDoc;
}

describe('browser-mode downloads', () => {
  it('answers with the .docx bytes and its name, once', async () => {
    const doc = await build();
    const res = await download(doc.exportId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '')).toBe(doc.fileName);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.byteLength).toBe(doc.size);
    // A real Word file (a zip whose document names the trip), not base64 text.
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    expect(strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array).toLowerCase()).toContain('command center');
    // Handed out once: main has let go of it.
    const again = await download(doc.exportId);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { key: string } }).error.key).toBe('exporting.errors.expired');
  });

  it('refuses a wrong token and an id that is none', async () => {
    const doc = await build();
    const wrong = await download(doc.exportId, 'x'.repeat(32));
    expect(wrong.status).toBe(401);
    const bad = await download('../../etc/passwd');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('exportId');
    // The refused calls took nothing: the right one still gets the file.
    expect((await download(doc.exportId)).status).toBe(200);
  });
});
