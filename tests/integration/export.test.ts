import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type App } from '../../main/app';
import { Outbox, type Desktop } from '../../main/documents/export';
import { DOC_KINDS, type BuiltDoc, type DocBytes, type SaveOutcome } from '../../shared/documents/schemas';
import type { Result } from '../../shared/result';
import { tempDir } from '../helpers/db';
import { readDocx } from '../helpers/docx';

/** A desktop whose dialogs answer what the test queued, and which records what it was asked. */
class FakeDesktop implements Desktop {
  saveAnswers: Array<string | null> = [];
  folderAnswers: Array<string | null> = [];
  asked: string[] = [];
  shown: string[] = [];
  chooseSaveFile(defaultName: string): Promise<string | null> {
    this.asked.push(`save:${defaultName}`);
    return Promise.resolve(this.saveAnswers.shift() ?? null);
  }
  chooseFolder(): Promise<string | null> {
    this.asked.push('folder');
    return Promise.resolve(this.folderAnswers.shift() ?? null);
  }
  showItemInFolder(path: string): void {
    this.shown.push(path);
  }
}

let t: ReturnType<typeof tempDir>;
let app: App;
let desktop: FakeDesktop;

async function open(withDesktop: boolean): Promise<void> {
  app = await startApp({
    dbPath: join(t.dir, 'rombongan.sqlite'),
    mode: 'test',
    log: () => undefined,
    ...(withDesktop && { desktop }),
  });
}

beforeEach(async () => {
  t = tempDir('rombongan-export-');
  desktop = new FakeDesktop();
  await open(true);
});
afterEach(() => {
  app.close();
  t.cleanup();
});

async function call<T>(operation: string, input: unknown): Promise<T> {
  const r = await app.dispatch(operation, input);
  if (!r.ok) throw new Error(`${operation}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
const attempt = (operation: string, input: unknown): Promise<Result<unknown>> => app.dispatch(operation, input);

const TITLE = 'Studi Komparasi Command Center ke Kota Malang';
const MEMBERS = ['Ketut Suwarmawan', 'Ni Made Dwi Pratiwi'];

/** The seed trip (Buleleng → Kota Malang), built through the contract as the UI builds it. */
async function seedTrip(): Promise<string> {
  const trip = await call<{ id: string }>('trips.create', {
    title: TITLE,
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
  });
  const tripId = trip.id;
  const host = await call<{ id: string }>('institutions.create', { kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' });
  await call('hosts.add', { tripId, institutionId: host.id });
  const officials: Array<[string, string, string, string]> = [
    [MEMBERS[0] as string, '197808171997031002', 'IV/b', 'Kepala Dinas Kominfosanti'],
    [MEMBERS[1] as string, '198505122010012015', 'III/d', 'Kepala Bidang Informasi dan Komunikasi Publik'],
  ];
  for (const [i, [name, nip, golongan, jabatan]] of officials.entries()) {
    const p = await call<{ id: string }>('people.create', { kind: 'official', name, nip, golongan, jabatan, employment: 'pns' });
    await call('members.add', { tripId, personId: p.id, role: i === 0 ? 'lead' : 'member' });
  }
  const journalist = await call<{ id: string }>('people.create', { kind: 'journalist', name: 'Komang Wartawan', employment: 'non_asn' });
  await call('members.add', { tripId, personId: journalist.id, role: 'journalist' });
  const receiver = await call<{ id: string }>('people.create', { kind: 'host_official', name: 'Erik Setyo Santoso', jabatan: 'Sekretaris Daerah Kota Malang' });
  await call('hostPeople.add', { tripId, personId: receiver.id, hostRole: 'receiver' });
  await call('agenda.create', {
    tripId,
    kind: 'welcome',
    title: 'Penerimaan rombongan oleh Sekda Kota Malang',
    startLocal: '2025-04-24T11:00',
    startZone: 'Asia/Jakarta',
    endLocal: '2025-04-24T11:45',
  });
  const learning = await call<{ id: string }>('learnings.create', {
    tripId,
    topic: 'Ngalam Command Center',
    figures: [{ label: 'Aplikasi layanan publik', value: '108 → 28' }],
  });
  await call('followups.create', { learningId: learning.id, action: 'Menyusun kajian command center', ownerUnit: 'Dinas Kominfosanti' });
  return tripId;
}

const bytesOf = (d: DocBytes): Buffer => Buffer.from(d.dataBase64, 'base64');

describe('docs.build and docs.fetch', () => {
  it('builds the report for the seed trip under its file name and hands out its bytes', async () => {
    const tripId = await seedTrip();
    const built = await call<BuiltDoc>('docs.build', { tripId, kind: 'report' });
    expect(built).toMatchObject({ kind: 'report', fileName: '2025-04-24 Laporan Studi Komparasi Kota Malang.docx' });
    expect(built.exportId).toMatch(/^[0-9a-f-]{36}$/);
    expect(built.gaps).toBeGreaterThan(0); // no kop, no numbers, no signatories yet

    const file = await call<DocBytes>('docs.fetch', { exportId: built.exportId });
    expect(file.fileName).toBe(built.fileName);
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = bytesOf(file);
    expect(bytes.byteLength).toBe(built.size);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = readDocx(bytes).text;
    expect(text).toContain('Kota Malang');
    for (const name of MEMBERS) expect(text).toContain(name);
  });

  it('builds each of the six documents with its own file name', async () => {
    const tripId = await seedTrip();
    const names = new Set<string>();
    for (const kind of DOC_KINDS) {
      const built = await call<BuiltDoc>('docs.build', { tripId, kind });
      expect(built.kind).toBe(kind);
      expect(built.fileName).toMatch(/^2025-04-24 .+ Kota Malang\.docx$/);
      names.add(built.fileName);
      const bytes = bytesOf(await call<DocBytes>('docs.fetch', { exportId: built.exportId }));
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(readDocx(bytes).paths).toContain('word/document.xml');
    }
    expect(names.size).toBe(DOC_KINDS.length);
    expect([...names]).toContain('2025-04-24 Jadwal Acara Kota Malang.docx');
  });

  it('answers NOT_FOUND with an i18n key for an id it never built or no longer keeps', async () => {
    const tripId = await seedTrip();
    const unknown = await attempt('docs.fetch', { exportId: '0199a000-0000-7000-8000-000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'exportId', key: 'exporting.errors.expired' } });

    // The outbox keeps the twelve newest: the first of thirteen builds is gone.
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) ids.push((await call<BuiltDoc>('docs.build', { tripId, kind: 'press' })).exportId);
    expect(await attempt('docs.fetch', { exportId: ids[0] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await attempt('docs.fetch', { exportId: ids[1] })).toMatchObject({ ok: true });
    expect(await attempt('docs.fetch', { exportId: ids[12] })).toMatchObject({ ok: true });
  });

  it('refuses an unknown trip with NOT_FOUND on tripId', async () => {
    const r = await attempt('docs.build', { tripId: '0199a000-0000-7000-8000-000000000000', kind: 'report' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'tripId' } });
  });

  const bad: Array<[string, string, unknown, string]> = [
    ['an unknown kind', 'docs.build', { tripId: '0199a000-0000-7000-8000-000000000000', kind: 'memo' }, 'kind'],
    ['a trip id that is not an id', 'docs.build', { tripId: "1' OR '1'='1", kind: 'report' }, 'tripId'],
    ['a missing kind', 'docs.build', { tripId: '0199a000-0000-7000-8000-000000000000' }, 'kind'],
    ['an export id that is not an id', 'docs.fetch', { exportId: '../../etc/passwd' }, 'exportId'],
    ['an unknown field', 'docs.fetch', { exportId: '0199a000-0000-7000-8000-000000000000', path: '/tmp/x' }, 'path'],
    ['no export ids', 'docs.save', { exportIds: [] }, 'exportIds'],
    ['a bad export id among several', 'docs.save', { exportIds: ['0199a000-0000-7000-8000-000000000000', 'x'] }, 'exportIds.1'],
    ['a path as an export id', 'docs.save', { exportIds: ['/home/user/secret.docx'] }, 'exportIds.0'],
    ['an empty path', 'docs.showInFolder', { path: '' }, 'path'],
  ];
  it.each(bad)('refuses %s with a validation error naming the field', async (_name, op, input, field) => {
    const r = await attempt(op, input);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(desktop.asked).toEqual([]);
  });
});

describe('the outbox', () => {
  it('lets a built document go after fifteen minutes, and the oldest first when full', () => {
    let now = 0;
    const box = new Outbox(3, 15 * 60 * 1000, () => now);
    const parcel = { kind: 'report' as const, fileName: 'a.docx', bytes: Buffer.from('PK') };
    const first = box.put(parcel);
    now += 14 * 60 * 1000;
    const second = box.put(parcel);
    expect(box.get(first).fileName).toBe('a.docx');
    now += 2 * 60 * 1000; // first is now 16 minutes old, second 2
    expect(() => box.get(first)).toThrow(/expired/);
    expect(box.get(second).fileName).toBe('a.docx');
    const more = [box.put(parcel), box.put(parcel), box.put(parcel)];
    expect(box.size).toBe(3);
    expect(() => box.get(second)).toThrow(/expired/);
    for (const id of more) expect(box.get(id).bytes.toString()).toBe('PK');
  });
});

describe('docs.save and docs.showInFolder', () => {
  async function buildSome(kinds: readonly string[]): Promise<{ built: BuiltDoc[]; bytes: Map<string, Buffer> }> {
    const tripId = await seedTrip();
    const built: BuiltDoc[] = [];
    const bytes = new Map<string, Buffer>();
    for (const kind of kinds) {
      const b = await call<BuiltDoc>('docs.build', { tripId, kind });
      built.push(b);
      bytes.set(b.exportId, bytesOf(await call<DocBytes>('docs.fetch', { exportId: b.exportId })));
    }
    return { built, bytes };
  }
  const visible = (dir: string) => readdirSync(dir).sort();

  it('saves one document where the save dialog says, offering its file name', async () => {
    const { built, bytes } = await buildSome(['report']);
    const [report] = built as [BuiltDoc];
    const out = join(t.dir, 'out');
    mkdirSync(out);
    const target = join(out, 'Laporan Malang.docx');
    desktop.saveAnswers.push(target);
    const r = await call<SaveOutcome>('docs.save', { exportIds: [report.exportId] });
    expect(desktop.asked).toEqual([`save:${report.fileName}`]);
    expect(r).toEqual({ saved: true, paths: [target], folder: out });
    expect(readFileSync(target).equals(bytes.get(report.exportId) as Buffer)).toBe(true);
    expect(visible(out)).toEqual(['Laporan Malang.docx']); // no temporary file left behind
  });

  it('adds .docx when the name typed has none, without replacing a file of that name', async () => {
    const { built } = await buildSome(['rundown']);
    const [rundown] = built as [BuiltDoc];
    const out = join(t.dir, 'out');
    mkdirSync(out);
    desktop.saveAnswers.push(join(out, 'jadwal'), join(out, 'jadwal'));
    const first = await call<SaveOutcome>('docs.save', { exportIds: [rundown.exportId] });
    const second = await call<SaveOutcome>('docs.save', { exportIds: [rundown.exportId] });
    expect(first).toMatchObject({ saved: true, paths: [join(out, 'jadwal.docx')] });
    expect(second).toMatchObject({ saved: true, paths: [join(out, 'jadwal (2).docx')] });
    expect(visible(out)).toEqual(['jadwal (2).docx', 'jadwal.docx']);
  });

  it('saves several into the chosen folder by their names, and a second save does not overwrite them', async () => {
    const { built, bytes } = await buildSome(['report', 'rundown', 'attendance']);
    const ids = built.map((b) => b.exportId);
    const out = join(t.dir, 'out');
    mkdirSync(out);
    desktop.folderAnswers.push(out, out);

    const first = await call<SaveOutcome>('docs.save', { exportIds: ids });
    expect(desktop.asked).toEqual(['folder']);
    if (!first.saved) throw new Error('not saved');
    expect(first.folder).toBe(out);
    expect(first.paths).toEqual(built.map((b) => join(out, b.fileName)));
    for (const [i, b] of built.entries()) expect(readFileSync(first.paths[i] as string).equals(bytes.get(b.exportId) as Buffer)).toBe(true);

    const second = await call<SaveOutcome>('docs.save', { exportIds: ids });
    if (!second.saved) throw new Error('not saved');
    expect(second.paths).toEqual(built.map((b) => join(out, b.fileName.replace(/\.docx$/, ' (2).docx'))));
    expect(visible(out)).toHaveLength(6);
    // The first files are still the first files, whole.
    for (const [i, b] of built.entries()) expect(readFileSync(first.paths[i] as string).equals(bytes.get(b.exportId) as Buffer)).toBe(true);
    expect(visible(out).some((n) => n.endsWith('.part'))).toBe(false);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { built } = await buildSome(['report', 'spt']);
    desktop.folderAnswers.push(null);
    const r = await call<SaveOutcome>('docs.save', { exportIds: built.map((b) => b.exportId) });
    expect(r).toEqual({ saved: false });
    desktop.saveAnswers.push(null);
    expect(await call<SaveOutcome>('docs.save', { exportIds: [built[0]?.exportId] })).toEqual({ saved: false });
  });

  it('refuses an expired id before opening any dialog', async () => {
    const r = await attempt('docs.save', { exportIds: ['0199a000-0000-7000-8000-000000000000'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'exporting.errors.expired' } });
    expect(desktop.asked).toEqual([]);
  });

  it('reports a folder it cannot write to, leaving no partial file', async () => {
    const { built } = await buildSome(['report']);
    const missing = join(t.dir, 'gone', 'Laporan.docx');
    desktop.saveAnswers.push(missing);
    const r = await attempt('docs.save', { exportIds: [built[0]?.exportId] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'exporting.errors.writeFailed', params: { path: missing } } });
    expect(existsSync(join(t.dir, 'gone'))).toBe(false);
  });

  it('shows only files this session saved in the file manager', async () => {
    const { built } = await buildSome(['report']);
    const out = join(t.dir, 'out');
    mkdirSync(out);
    desktop.saveAnswers.push(join(out, 'Laporan.docx'));
    const saved = await call<SaveOutcome>('docs.save', { exportIds: [built[0]?.exportId] });
    if (!saved.saved) throw new Error('not saved');

    const refused = await attempt('docs.showInFolder', { path: join(t.dir, 'rombongan.sqlite') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'path', key: 'exporting.errors.notSaved' } });
    const sneaky = await attempt('docs.showInFolder', { path: join(out, '..', 'rombongan.sqlite') });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(desktop.shown).toEqual([]);

    expect(await call('docs.showInFolder', { path: saved.paths[0] })).toEqual({ shown: true });
    expect(desktop.shown).toEqual([join(out, 'Laporan.docx')]);
  });

  it('answers UNSUPPORTED without a desktop (browser mode), while build and fetch still work', async () => {
    app.close();
    await open(false);
    const { built } = await buildSome(['report']);
    const id = built[0]?.exportId;
    const save = await attempt('docs.save', { exportIds: [id] });
    expect(save).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', key: 'exporting.errors.unsupported' } });
    const show = await attempt('docs.showInFolder', { path: '/tmp/x.docx' });
    expect(show).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(await attempt('docs.fetch', { exportId: id })).toMatchObject({ ok: true });
  });
});
