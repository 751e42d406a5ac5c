/**
 * Child process for the crash-safety test: opens the database with the app's
 * own core (`startApp`) and writes through `app.dispatch` — the contract's
 * validation, the services and the file handling a user goes through — in a
 * loop until it is killed. Every kind of write is chosen at random: trips,
 * the delegation, hosts and their people, venues, the agenda, learnings with
 * figures, follow-ups and their status, photos, a people import of 200 rows,
 * numbers from the register, backups and a restore.
 *
 * Before each operation it prints `do {json}` (the kind, and the rows it will
 * change as they are now); after it committed, `ok {json}` with the rows as
 * they are now (see facts.ts). Any refused or failed operation is a bug of
 * the writer or the app: it exits non-zero and the test fails.
 *
 * usage: CRASH_FIXTURES=tests/fixtures/media writer DB SEED KNOWN_BACKUPS_JSON [FOCUS_KIND]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type App } from '../../main/app';
import { hostId, hostPersonId, memberId } from '../../main/db/ids';
import { NUMBERED_KINDS } from '../../shared/documents/schemas';
import { FOLLOWUP_STATUSES, DIMENSIONS, SPBE_DOMAINS, PRIORITIES } from '../../shared/learnings/schemas';
import { HOST_ROLES } from '../../shared/delegation/schemas';
import type { AgendaItem } from '../../shared/agenda/schemas';
import type { ImportOutcome, ImportPreview } from '../../shared/import/schemas';
import type { BackupItem, RestoreOutcome } from '../../shared/backups/schemas';
import { factKey, IMPORT_ROWS, KINDS, readFacts, type DoLine, type FactTable, type Kind, type OkLine } from './facts';
import { mulberry32 } from '../helpers/random';

const OFFICIAL_ROLES = ['lead', 'deputy_lead', 'member', 'secretary', 'companion'] as const;
const STATUSES = ['planned', 'preparing', 'ongoing', 'done'] as const;
const OWN = 'Dinas Komunikasi, Informatika, Persandian dan Statistik';
const HOSTS = [
  ['Dinas Komunikasi dan Informatika Kota Malang', '35.73'],
  ['Dinas Komunikasi dan Informatika Kota Surabaya', '35.78'],
  ['Dinas Komunikasi dan Informatika Kabupaten Banyuwangi', '35.10'],
] as const;
const MEDIA = 'Radar Bali';

const WEIGHTS: Record<Kind, number> = {
  'trips.create': 2,
  'trips.update': 1,
  'trips.duplicate': 0.7,
  'members.add': 2.5,
  'members.addNew': 1.5,
  'members.update': 1.5,
  'members.reorder': 0.7,
  'members.remove': 0.8,
  'hosts.add': 1,
  'hosts.remove': 0.4,
  'hostPeople.add': 1.2,
  'hostPeople.update': 0.6,
  'hostPeople.remove': 0.4,
  'venues.create': 0.8,
  'agenda.create': 2,
  'agenda.update': 1,
  'agenda.shiftDay': 0.6,
  'learnings.create': 1.5,
  'learnings.update': 0.8,
  'followups.create': 1.5,
  'followups.setStatus': 1.5,
  'photos.add': 1.2,
  'photos.update': 0.5,
  'people.import': 0.5,
  'numbers.issue': 1.5,
  'numbers.clear': 0.4,
  'backups.create': 0.5,
  'backups.restore': 0.4,
};

function fail(message: string): never {
  process.stderr.write(`writer: ${message}\n`);
  process.exit(1);
}

/** A real JPEG made unique by a comment segment right after its start marker (still a whole, valid JPEG). */
function uniqueJpeg(base: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xfffe, 0);
  seg.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([base.subarray(0, 2), seg, body, base.subarray(2)]);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Row {
  id: string;
  [k: string]: unknown;
}

async function main(): Promise<void> {
  const [path, seedArg, knownPath, focusArg] = process.argv.slice(2);
  if (!path || !seedArg || !knownPath) fail('usage: writer DB SEED KNOWN_BACKUPS_JSON [FOCUS_KIND]');
  const seed = Number(seedArg);
  const focus = KINDS.find((k) => k === focusArg);
  const known = new Set(JSON.parse(readFileSync(knownPath, 'utf8')) as string[]);
  const fixtures = process.env.CRASH_FIXTURES;
  if (!fixtures) fail('CRASH_FIXTURES must name tests/fixtures/media');
  const photo = readFileSync(join(fixtures, 'photo-1600x1200.jpg'));
  const thumb = readFileSync(join(fixtures, 'thumb-320x240.jpg')).toString('base64');

  const app: App = await startApp({
    dbPath: path,
    mode: 'test',
    log: (m, e) => {
      if (e !== undefined) process.stderr.write(`${m}: ${e instanceof Error ? (e.stack ?? e.message) : JSON.stringify(e)}\n`);
    },
  });
  if (app.health().state !== 'ok') fail(`the database opened as ${app.health().state} (${app.health().problem ?? '-'})`);

  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => {
    if (xs.length === 0) throw new Error('pick from nothing');
    return xs[int(xs.length)] as T;
  };
  const all = (sql: string, ...args: unknown[]) => app.db.prepare(sql).all(...args) as Row[];
  const one = (sql: string, ...args: unknown[]) => app.db.prepare(sql).get(...args) as Row | undefined;
  const ids = (sql: string, ...args: unknown[]) => app.db.prepare(sql).pluck().all(...args) as string[];

  async function call<T>(op: string, input: unknown): Promise<T> {
    const r = await app.dispatch(op, input);
    if (!r.ok) fail(`${op} refused: ${JSON.stringify(r.error)}; input ${JSON.stringify(input).slice(0, 400)}`);
    return r.value as T;
  }

  let n = 0;
  /** Prints `do`, runs the operation, prints `ok` with the rows it made or changed. */
  async function write(
    kind: string,
    touched: string[],
    body: () => Promise<{ keys: string[]; extra?: Partial<OkLine> }>,
    restore?: string,
  ): Promise<void> {
    n += 1;
    const before = readFacts(app.db, touched);
    const missing = before.find(([, v]) => v === null);
    if (missing) fail(`${kind}: touched row ${missing[0]} does not exist`);
    const line: DoLine = { n, kind, touched: before, ...(restore !== undefined && { restore }) };
    process.stdout.write(`do ${JSON.stringify(line)}\n`);
    const { keys, extra } = await body();
    const ok: OkLine = { n, kind, facts: readFacts(app.db, keys), ...extra };
    const gone = ok.facts.find(([, v]) => v === null);
    if (gone) fail(`${kind}: ${gone[0]} is missing right after its commit`);
    process.stdout.write(`ok ${JSON.stringify(ok)}\n`);
  }
  const key = (table: FactTable, id: string) => factKey(table, id);
  const keysOf = (table: FactTable, list: string[]) => list.map((id) => key(table, id));
  /** Runs `op` on one of `rows` picked at random; with nothing to pick, or when `op` finds nothing to do, answers false (the loop makes a trip instead). */
  async function onPicked<R>(rows: readonly R[], op: (row: R) => Promise<void | false>): Promise<boolean> {
    if (!rows.length) return false;
    return (await op(pick(rows))) !== false;
  }
  /** `kind` called with `input(row, tag)` on one row of `table` picked from `rows`: it touches that row alone and leaves it changed. */
  const changeOne =
    (kind: Kind, table: FactTable, rows: () => Row[], input: (row: Row, tag: string) => unknown) =>
    (tag: string): Promise<boolean> =>
      onPicked(rows(), async (r) => {
        const keys = [key(table, r.id)];
        await write(kind, keys, async () => {
          await call(kind, input(r, tag));
          return { keys };
        });
      });
  const asRows = (list: string[]): Row[] => list.map((id) => ({ id }));

  // ——— The directory every run needs (made again after a restore of an early backup) ———

  const institution = (kind: string, name: string) =>
    one(`SELECT id FROM institutions WHERE kind = ? AND name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`, kind, name)?.id;
  async function ensureInstitution(kind: string, name: string, regionCode: string): Promise<string> {
    const found = institution(kind, name);
    if (found) return found;
    let id = '';
    await write('base', [], async () => {
      id = (await call<{ id: string }>('institutions.create', { kind, name, regionCode })).id;
      return { keys: [key('institutions', id)] };
    });
    return id;
  }
  async function ensurePeople(kind: string, prefix: string, want: number, extra: Record<string, unknown>): Promise<void> {
    const have = (one(`SELECT count(*) AS n FROM people WHERE kind = ? AND name LIKE ? AND deleted_at IS NULL`, kind, `${prefix} %`)?.n as number) ?? 0;
    for (let i = have; i < want; i++) {
      await write('base', [], async () => {
        const p = await call<{ id: string }>('people.create', { kind, name: `${prefix} ${i + 1}`, ...extra });
        return { keys: [key('people', p.id)] };
      });
    }
  }
  let own = '';
  async function ensureBase(): Promise<void> {
    own = await ensureInstitution('own', OWN, '51.08');
    const radar = await ensureInstitution('media', MEDIA, '51.08');
    await ensurePeople('official', 'Pejabat Buleleng', 8, { employment: 'non_asn', jabatan: 'Kepala Bidang', unit: OWN, institutionId: own });
    await ensurePeople('journalist', 'Wartawan Radar', 4, { institutionId: radar, mediaType: 'print' });
    for (const [name, region] of HOSTS) {
      const h = await ensureInstitution('host', name, region);
      await ensurePeople('host_official', `Pejabat ${region}`, 2, { institutionId: h, jabatan: 'Kepala Dinas' });
    }
  }

  // ——— What the operations pick from ———

  /** Trips whose children the writer changes (duplicates keep what they were made with: their title says it). */
  const ownTrips = () => all(`SELECT id, title, start_date AS startDate, status FROM trips WHERE deleted_at IS NULL AND title LIKE 'trip %' ORDER BY id`);
  const anyTrips = () => all(`SELECT id, title, start_date AS startDate, status FROM trips WHERE deleted_at IS NULL ORDER BY id`);
  const liveMembers = (tripId: string) =>
    all(
      `SELECT m.id, m.person_id AS personId, m.role, m.position, p.kind FROM trip_members m JOIN people p ON p.id = m.person_id
       WHERE m.trip_id = ? AND m.deleted_at IS NULL ORDER BY m.id`,
      tripId,
    );
  const ownMembers = () =>
    all(
      `SELECT m.id, m.trip_id AS tripId, m.role, p.kind FROM trip_members m JOIN people p ON p.id = m.person_id JOIN trips t ON t.id = m.trip_id
       WHERE m.deleted_at IS NULL AND t.deleted_at IS NULL AND t.title LIKE 'trip %' ORDER BY m.id`,
    );
  const liveHosts = () =>
    all(
      `SELECT h.id, h.trip_id AS tripId, h.institution_id AS institutionId FROM trip_hosts h JOIN trips t ON t.id = h.trip_id
       WHERE h.deleted_at IS NULL AND t.deleted_at IS NULL AND t.title LIKE 'trip %' ORDER BY h.id`,
    );
  const liveHostPeople = () =>
    all(
      `SELECT x.id, x.host_role AS hostRole FROM trip_host_people x JOIN trips t ON t.id = x.trip_id
       WHERE x.deleted_at IS NULL AND t.deleted_at IS NULL AND t.title LIKE 'trip %' ORDER BY x.id`,
    );
  const liveLearnings = () => ids(`SELECT l.id FROM learnings l JOIN trips t ON t.id = l.trip_id WHERE l.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY l.id`);
  const tripsWithRoom = (adding: number) =>
    ownTrips().filter((t) => ((one(`SELECT count(*) AS n FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL`, t.id)?.n as number) ?? 0) + adding <= 1800);

  type Op = (tag: string) => Promise<boolean>;
  const ops: Record<Kind, Op> = {
    'trips.create': async (tag) => {
      const start = `2025-${String(1 + int(11)).padStart(2, '0')}-${String(1 + int(25)).padStart(2, '0')}`;
      await write('trips.create', [], async () => {
        const t = await call<{ id: string }>('trips.create', {
          title: `trip ${tag}`,
          startDate: start,
          endDate: addDays(start, int(3)),
          originInstitutionId: own,
          hostRegionCodes: ['35.73'],
          purpose: 'Mempelajari pengelolaan command center.',
        });
        return { keys: [key('trips', t.id)] };
      });
      return true;
    },
    'trips.update': changeOne('trips.update', 'trips', anyTrips, (t) => {
      const title = String(t.title);
      return { id: t.id, patch: title.endsWith(' *') ? { status: pick(STATUSES.filter((s) => s !== t.status)) } : { title: `${title} *` } };
    }),
    'trips.duplicate': (tag) =>
      onPicked(ownTrips(), async (src) => {
        const count = (sql: string) => (one(sql, src.id)?.n as number) ?? 0;
        // What duplicateTrip copies: live members, hosts, host officials and venues.
        const m = count(
          `SELECT count(*) AS n FROM trip_members x JOIN people p ON p.id = x.person_id WHERE x.trip_id = ? AND x.deleted_at IS NULL AND p.deleted_at IS NULL`,
        );
        const h = count(`SELECT count(*) AS n FROM trip_hosts x JOIN institutions i ON i.id = x.institution_id WHERE x.trip_id = ? AND x.deleted_at IS NULL AND i.deleted_at IS NULL`);
        const p = count(
          `SELECT count(*) AS n FROM trip_host_people x JOIN people p ON p.id = x.person_id WHERE x.trip_id = ? AND x.deleted_at IS NULL AND p.deleted_at IS NULL AND p.kind = 'host_official'`,
        );
        const v = count(`SELECT count(*) AS n FROM venues WHERE trip_id = ? AND deleted_at IS NULL`);
        const start = addDays(String(src.startDate), 365);
        await write('trips.duplicate', [], async () => {
          const t = await call<{ id: string }>('trips.duplicate', { id: src.id, title: `dup ${tag} m${m} h${h} p${p} v${v}`, startDate: start, endDate: addDays(start, 1) });
          return {
            keys: [
              key('trips', t.id),
              ...keysOf('trip_members', ids(`SELECT id FROM trip_members WHERE trip_id = ?`, t.id)),
              ...keysOf('trip_hosts', ids(`SELECT id FROM trip_hosts WHERE trip_id = ?`, t.id)),
              ...keysOf('trip_host_people', ids(`SELECT id FROM trip_host_people WHERE trip_id = ?`, t.id)),
              ...keysOf('venues', ids(`SELECT id FROM venues WHERE trip_id = ?`, t.id)),
            ],
          };
        });
      }),
    'members.add': () =>
      onPicked(tripsWithRoom(1), async (t) => {
        const candidates = all(
          `SELECT id, kind FROM people p WHERE kind IN ('official', 'journalist') AND deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM trip_members m WHERE m.trip_id = ? AND m.person_id = p.id AND m.deleted_at IS NULL)
           ORDER BY random() LIMIT 1`,
          t.id,
        );
        const person = candidates[0];
        if (!person) return false;
        const role = person.kind === 'journalist' ? 'journalist' : pick(OFFICIAL_ROLES);
        const mid = memberId(t.id, person.id);
        const rejoin = one(`SELECT id FROM trip_members WHERE id = ?`, mid) !== undefined;
        await write('members.add', rejoin ? [key('trip_members', mid)] : [], async () => {
          const m = await call<{ id: string }>('members.add', { tripId: t.id, personId: person.id, role });
          if (m.id !== mid) fail(`members.add made ${m.id}, not the pair id ${mid}`);
          return { keys: [key('trip_members', m.id)] };
        });
      }),
    'members.addNew': (tag) =>
      onPicked(tripsWithRoom(1), async (t) => {
        await write('members.addNew', [], async () => {
          const m = await call<{ id: string; personId: string }>('members.addNew', {
            tripId: t.id,
            role: 'member',
            person: { kind: 'official', name: `Pegawai ${tag}`, employment: 'non_asn', jabatan: 'Staf', unit: OWN, institutionId: own, notes: `addnew ${tag}` },
          });
          return { keys: [key('trip_members', m.id), key('people', m.personId)] };
        });
      }),
    'members.update': changeOne('members.update', 'trip_members', ownMembers, (m, tag) => ({
      id: m.id,
      patch: m.kind === 'official' && rnd() < 0.6 ? { role: pick(OFFICIAL_ROLES.filter((r) => r !== m.role)) } : { hotel: `Hotel ${tag}`, room: String(100 + int(400)) },
    })),
    'members.reorder': () =>
      onPicked(ownTrips().filter((t) => liveMembers(t.id).length >= 2), async (t) => {
        const members = liveMembers(t.id);
        const order = members.map((m) => m.id);
        for (let i = order.length - 1; i > 0; i--) {
          const j = int(i + 1);
          [order[i], order[j]] = [order[j] as string, order[i] as string];
        }
        const position = new Map(members.map((m) => [m.id, m.position]));
        let moved = order.filter((id, i) => position.get(id) !== i + 1);
        if (!moved.length) {
          [order[0], order[1]] = [order[1] as string, order[0] as string];
          moved = order.filter((id, i) => position.get(id) !== i + 1);
        }
        await write('members.reorder', keysOf('trip_members', moved), async () => {
          await call('members.reorder', { tripId: t.id, memberIds: order });
          return { keys: keysOf('trip_members', order) };
        });
      }),
    'members.remove': changeOne('members.remove', 'trip_members', ownMembers, (m) => ({ id: m.id })),
    'hosts.add': () =>
      onPicked(ownTrips(), async (t) => {
        const institutions = ids(
          `SELECT id FROM institutions i WHERE kind = 'host' AND deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM trip_hosts h WHERE h.trip_id = ? AND h.institution_id = i.id AND h.deleted_at IS NULL) ORDER BY id`,
          t.id,
        );
        if (!institutions.length) return false;
        const inst = pick(institutions);
        const hid = hostId(t.id, inst);
        const old = one(`SELECT id, deleted_at AS at FROM trip_hosts WHERE id = ?`, hid);
        // A host added again brings back what was removed with it.
        const touched = old
          ? [
              key('trip_hosts', hid),
              ...keysOf(
                'trip_host_people',
                ids(
                  `SELECT id FROM trip_host_people WHERE trip_id = ? AND deleted_at = ? AND person_id IN (SELECT id FROM people WHERE institution_id = ? AND deleted_at IS NULL)`,
                  t.id,
                  old.at,
                  inst,
                ),
              ),
              ...keysOf('venues', ids(`SELECT id FROM venues WHERE trip_id = ? AND institution_id = ? AND deleted_at = ?`, t.id, inst, old.at)),
            ]
          : [];
        await write('hosts.add', touched, async () => {
          const h = await call<{ id: string }>('hosts.add', { tripId: t.id, institutionId: inst });
          return { keys: [key('trip_hosts', h.id), ...touched] };
        });
      }),
    'hosts.remove': () =>
      onPicked(liveHosts(), async (h) => {
        const touched = [
          key('trip_hosts', h.id),
          ...keysOf(
            'trip_host_people',
            ids(
              `SELECT id FROM trip_host_people WHERE trip_id = ? AND deleted_at IS NULL AND person_id IN (SELECT id FROM people WHERE institution_id = ?)`,
              h.tripId,
              h.institutionId,
            ),
          ),
          ...keysOf('venues', ids(`SELECT id FROM venues WHERE trip_id = ? AND institution_id = ? AND deleted_at IS NULL`, h.tripId, h.institutionId)),
        ];
        await write('hosts.remove', touched, async () => {
          await call('hosts.remove', { id: h.id });
          return { keys: touched };
        });
      }),
    'hostPeople.add': () =>
      onPicked(liveHosts(), async (h) => {
        const people = ids(
          `SELECT id FROM people p WHERE kind = 'host_official' AND institution_id = ? AND deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM trip_host_people x WHERE x.trip_id = ? AND x.person_id = p.id AND x.deleted_at IS NULL) ORDER BY id`,
          h.institutionId,
          h.tripId,
        );
        if (!people.length) return false;
        const personId = pick(people);
        const xid = hostPersonId(String(h.tripId), personId);
        const revive = one(`SELECT id FROM trip_host_people WHERE id = ?`, xid) !== undefined;
        await write('hostPeople.add', revive ? [key('trip_host_people', xid)] : [], async () => {
          const x = await call<{ id: string }>('hostPeople.add', { tripId: h.tripId, personId, hostRole: pick(HOST_ROLES) });
          return { keys: [key('trip_host_people', x.id)] };
        });
      }),
    'hostPeople.update': changeOne('hostPeople.update', 'trip_host_people', liveHostPeople, (x) => ({
      id: x.id,
      hostRole: pick(HOST_ROLES.filter((r) => r !== x.hostRole)),
    })),
    'hostPeople.remove': changeOne('hostPeople.remove', 'trip_host_people', liveHostPeople, (x) => ({ id: x.id })),
    'venues.create': (tag) =>
      onPicked(liveHosts(), async (h) => {
        await write('venues.create', [], async () => {
          const v = await call<{ id: string }>('venues.create', { tripId: h.tripId, institutionId: h.institutionId, name: `Ruang Rapat ${tag}`, address: 'Jl. Tugu No. 1' });
          return { keys: [key('venues', v.id)] };
        });
      }),
    'agenda.create': (tag) =>
      onPicked(ownTrips(), async (t) => {
        const members = liveMembers(t.id).map((m) => m.id);
        const chosen = members.length > 0 && rnd() < 0.6 ? members.filter(() => rnd() < 0.5).slice(0, 6) : [];
        if (members.length > 0 && chosen.length === 0 && rnd() < 0.5) chosen.push(pick(members));
        const hour = 7 + int(10);
        const date = addDays(String(t.startDate), int(2));
        await write('agenda.create', [], async () => {
          const item = await call<AgendaItem>('agenda.create', {
            tripId: t.id,
            kind: pick(['presentation', 'discussion', 'site_visit', 'meal'] as const),
            title: `agenda ${tag}`,
            startLocal: `${date}T${String(hour).padStart(2, '0')}:00`,
            endLocal: `${date}T${String(hour + 1).padStart(2, '0')}:30`,
            startZone: pick(['Asia/Jakarta', 'Asia/Makassar'] as const),
            attendance: chosen.length ? 'chosen' : 'all',
            memberIds: chosen,
            notes: chosen.length ? `att=${chosen.length}` : '',
          });
          return { keys: [key('agenda_items', item.id), ...keysOf('agenda_attendees', ids(`SELECT id FROM agenda_attendees WHERE item_id = ?`, item.id))] };
        });
      }),
    'agenda.update': (tag) =>
      onPicked(
        all(
          `SELECT a.id, a.trip_id AS tripId, a.attendance FROM agenda_items a JOIN trips t ON t.id = a.trip_id
           WHERE a.deleted_at IS NULL AND t.deleted_at IS NULL AND t.title LIKE 'trip %' ORDER BY a.id`,
        ),
        async (item) => {
          const members = liveMembers(String(item.tripId)).map((m) => m.id);
          let patch: Record<string, unknown> = { title: `agenda ${tag} (diubah)` };
          if (item.attendance === 'chosen') {
            // The chosen attendees and the count in the notes change together (one transaction).
            const chosen = members.filter(() => rnd() < 0.5).slice(0, 6);
            patch = chosen.length ? { ...patch, memberIds: chosen, notes: `att=${chosen.length}` } : { ...patch, attendance: 'all', memberIds: [], notes: '' };
          }
          await write('agenda.update', [key('agenda_items', item.id)], async () => {
            await call('agenda.update', { id: item.id, patch });
            return { keys: [key('agenda_items', item.id), ...keysOf('agenda_attendees', ids(`SELECT id FROM agenda_attendees WHERE item_id = ?`, item.id))] };
          });
        },
      ),
    'agenda.shiftDay': () =>
      onPicked(ownTrips().filter((t) => one(`SELECT 1 AS x FROM agenda_items WHERE trip_id = ? AND deleted_at IS NULL`, t.id)), async (t) => {
        const items = await call<AgendaItem[]>('agenda.list', { tripId: t.id });
        const first = pick(items);
        const date = first.startLocal.slice(0, 10);
        const moved = items.filter((i) => i.startLocal.slice(0, 10) === date).map((i) => i.id);
        await write('agenda.shiftDay', keysOf('agenda_items', moved), async () => {
          await call('agenda.shiftDay', { tripId: t.id, date, days: rnd() < 0.5 ? 1 : -1 });
          return { keys: keysOf('agenda_items', moved) };
        });
      }),
    'learnings.create': (tag) =>
      onPicked(ownTrips(), async (t) => {
        const figures = Array.from({ length: 1 + int(3) }, (_, i) => ({ label: `Angka ${i + 1}`, value: `${10 + int(90)} persen` }));
        await write('learnings.create', [], async () => {
          const l = await call<{ id: string }>('learnings.create', {
            tripId: t.id,
            topic: `Pelajaran ${tag}`,
            hostPractice: 'Ngalam Command Center memantau layanan publik 24 jam.',
            figures,
            dimensions: DIMENSIONS.filter(() => rnd() < 0.3),
            spbeDomains: SPBE_DOMAINS.filter(() => rnd() < 0.3),
            responsibleUnit: 'Bidang Aplikasi Informatika',
            priority: pick(PRIORITIES),
          });
          return { keys: [key('learnings', l.id)] };
        });
      }),
    'learnings.update': changeOne('learnings.update', 'learnings', () => asRows(liveLearnings()), ({ id }, tag) => ({
      id,
      patch: { topic: `Pelajaran ${tag} (revisi)`, figures: [{ label: 'Waktu respons', value: `${1 + int(60)} menit` }] },
    })),
    'followups.create': (tag) =>
      onPicked(liveLearnings(), async (learningId) => {
        await write('followups.create', [], async () => {
          const f = await call<{ id: string }>('followups.create', {
            learningId,
            action: `Tindak lanjut ${tag}`,
            ownerUnit: 'Bidang TIK',
            targetDate: '2026-03-31',
            status: pick(FOLLOWUP_STATUSES),
          });
          return { keys: [key('followups', f.id), ...keysOf('followup_history', ids(`SELECT id FROM followup_history WHERE followup_id = ?`, f.id))] };
        });
      }),
    'followups.setStatus': (tag) =>
      onPicked(
        all(
          `SELECT f.id, f.status FROM followups f JOIN learnings l ON l.id = f.learning_id JOIN trips t ON t.id = f.trip_id
           WHERE f.deleted_at IS NULL AND l.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY f.id`,
        ),
        async (f) => {
          await write('followups.setStatus', [key('followups', f.id)], async () => {
            await call('followups.setStatus', { id: f.id, status: pick(FOLLOWUP_STATUSES.filter((s) => s !== f.status)), note: `catatan ${tag}` });
            return { keys: [key('followups', f.id), ...keysOf('followup_history', ids(`SELECT id FROM followup_history WHERE followup_id = ?`, f.id))] };
          });
        },
      ),
    'photos.add': (tag) =>
      onPicked(ownTrips(), async (t) => {
        await write('photos.add', [], async () => {
          const p = await call<{ id: string }>('photos.add', {
            tripId: t.id,
            fileName: `foto-${tag}.jpg`,
            imageBase64: uniqueJpeg(photo, `crash ${tag}`).toString('base64'),
            thumbBase64: thumb,
            width: 1600,
            height: 1200,
            takenAt: `${String(t.startDate)}T10:00`,
            caption: `Foto ${tag}`,
          });
          return { keys: [key('photos', p.id)] };
        });
      }),
    'photos.update': changeOne(
      'photos.update',
      'photos',
      () => asRows(ids(`SELECT p.id FROM photos p JOIN trips t ON t.id = p.trip_id WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY p.id`)),
      ({ id }, tag) => ({ id, caption: `Foto ${tag} (diubah)`, takenAt: '', agendaItemId: null }),
    ),
    'people.import': async (tag) => {
      const journalists = rnd() < 0.5;
      const target = rnd() < 0.6 ? tripsWithRoom(IMPORT_ROWS) : [];
      const trip = target.length ? pick(target) : null;
      // The unit names the import and the trip it joins: the checker counts its rows by it.
      const unit = `imp-${tag}-${trip ? String(trip.id) : 'none'}`;
      const rows = Array.from({ length: IMPORT_ROWS }, (_, i) =>
        journalists ? [`Wartawan ${tag} ${i + 1}`, `Outlet ${unit}`, unit, 'online'] : [`Staf ${tag} ${i + 1}`, 'Pelaksana', unit, ''],
      );
      const input = {
        kind: journalists ? 'journalist' : 'official',
        rows,
        mapping: journalists ? { name: 0, institution: 1, unit: 2, mediaType: 3 } : { name: 0, jabatan: 1, unit: 2 },
        ...(trip && { addToTrip: { tripId: trip.id, role: journalists ? 'journalist' : 'member' } }),
      };
      const preview = await call<ImportPreview>('people.importPreview', input);
      if (preview.counts.new !== IMPORT_ROWS) fail(`import preview: ${JSON.stringify(preview.counts)}`);
      await write('people.import', [], async () => {
        const out = await call<ImportOutcome>('people.importCommit', { ...input, skip: [], updateExisting: true });
        if (out.created !== IMPORT_ROWS || out.addedToTrip !== (trip ? IMPORT_ROWS : 0)) fail(`import outcome: ${JSON.stringify(out)}`);
        const people = ids(`SELECT id FROM people WHERE unit = ?`, unit);
        return {
          keys: [
            ...keysOf('people', people),
            ...keysOf('institutions', ids(`SELECT id FROM institutions WHERE name = ?`, `Outlet ${unit}`)),
            ...(trip ? keysOf('trip_members', ids(`SELECT id FROM trip_members WHERE trip_id = ? AND person_id IN (SELECT id FROM people WHERE unit = ?)`, trip.id, unit)) : []),
          ],
        };
      });
      return true;
    },
    'numbers.issue': () =>
      onPicked(
        anyTrips().flatMap((t) => {
          const issued = new Set(ids(`SELECT kind FROM doc_numbers WHERE trip_id = ? AND deleted_at IS NULL`, t.id));
          return NUMBERED_KINDS.filter((k) => !issued.has(k)).map((k) => ({ tripId: t.id, kind: k }));
        }),
        async (o) => {
          await write('numbers.issue', [], async () => {
            const issued = await call<{ id: string }>('numbers.issue', o);
            return { keys: [key('doc_numbers', issued.id)] };
          });
        },
      ),
    'numbers.clear': changeOne(
      'numbers.clear',
      'doc_numbers',
      () => all(`SELECT n.id, n.trip_id AS tripId, n.kind FROM doc_numbers n JOIN trips t ON t.id = n.trip_id WHERE n.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY n.id`),
      (x) => ({ tripId: x.tripId, kind: x.kind }),
    ),
    'backups.create': async () => {
      await write('backups.create', [], async () => {
        const b = await call<BackupItem>('backups.create', {});
        if (!b.ok) fail(`backup ${b.name} is not ok`);
        known.add(b.name);
        return { keys: [], extra: { backup: b.name } };
      });
      return true;
    },
    'backups.restore': async (tag) => {
      // Nothing to restore yet: take the backup a later restore can use.
      if (!known.size) return ops['backups.create'](tag);
      const name = pick([...known].sort());
      await write(
        'backups.restore',
        [],
        async () => {
          const r = await call<RestoreOutcome>('backups.restore', { name });
          if (r.safetyBackup) known.add(r.safetyBackup);
          if (app.health().state !== 'ok') fail(`after restoring ${name} the database is ${app.health().state}`);
          return { keys: [], extra: { restored: { name: r.name, safetyBackup: r.safetyBackup } } };
        },
        name,
      );
      return true;
    },
  };

  const weights = KINDS.map((k) => WEIGHTS[k] * (k === focus ? 12 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const choose = (): Kind => {
    let x = rnd() * total;
    for (let i = 0; i < KINDS.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return KINDS[i] as Kind;
    }
    return 'trips.create';
  };

  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await ensureBase();
    const tag = `${seed}-${i}`;
    if (!(await ops[choose()](tag))) await ops['trips.create'](tag);
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
