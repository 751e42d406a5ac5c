import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { changeLogTriggers, dropChangeLogTriggers, STAMPS } from '../../db/changelog';
import { docChoiceId, issuerIdOfSeed as issuerId } from '../../db/ids';
import type { Migration } from '../../db/migrations';
import { NUMBER_COLUMNS } from './doc-numbers';

const ISSUER_COLUMNS = [
  'institution_id', 'level', 'gov_line', 'office_name', 'address', 'phone', 'email', 'website', 'place_of_issue',
  'emblem_sha256', 'emblem_file_name', 'paper', 'font', 'margin_top', 'margin_right', 'margin_bottom', 'margin_left',
  'register', 'deleted_at',
] as const;
const SIGNER_COLUMNS = ['issuer_id', 'seat', 'jabatan', 'name', 'pangkat', 'nip', 'acting', 'person_id', 'position', 'deleted_at'] as const;
const CHOICE_COLUMNS = ['trip_id', 'kind', 'level', 'signer_id', 'form', 'acknowledge', 'sign_date', 'attention', 'deleted_at'] as const;
const MEMBER_COLUMNS = [
  'trip_id', 'person_id', 'role', 'position', 'transport_mode', 'carrier', 'transport_number', 'seat', 'hotel', 'room',
  'roommate_person_id', 'needs', 'snapshot', 'snapshot_prev', 'deleted_at',
] as const;
const HOST_PEOPLE_COLUMNS = ['trip_id', 'person_id', 'host_role', 'snapshot', 'snapshot_prev', 'deleted_at'] as const;

/** What a trip prints about a person, as JSON from the people row `p` and its institution `pi`. */
export const SNAPSHOT_SQL = `json_object(
  'titlePrefix', p.title_prefix, 'name', p.name, 'titleSuffix', p.title_suffix, 'employment', p.employment,
  'nip', p.nip, 'golongan', p.golongan, 'jabatan', p.jabatan, 'unit', p.unit, 'eselon', p.eselon,
  'institutionName', coalesce(pi.name, ''), 'mediaType', p.media_type, 'pressCard', p.press_card)`;

interface OldProfile {
  gov_line: string;
  office_name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  emblem_sha256: string | null;
  emblem_file_name: string;
  place_of_issue: string;
  head: string;
  spt_signer: string;
  numbering: string;
}

const parse = (s: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
const str = (o: Record<string, unknown>, k: string): string => {
  const v = o[k];
  return typeof v === 'string' ? v : '';
};

/** The seat a migrated signer holds, read from the jabatan it printed. */
function seatOf(jabatan: string, fallback: string): string {
  const j = jabatan.trim().toLowerCase();
  if (/^wakil\s+(bupati|wali\s*kota|gubernur)/.test(j)) return 'wakil_kepala_daerah';
  if (/^(bupati|wali\s*kota|gubernur)\b/.test(j)) return 'kepala_daerah';
  if (/sekretaris\s+daerah/.test(j)) return 'sekda';
  if (/^asisten\b/.test(j)) return 'asisten';
  if (/^kepala\s+(dinas|badan|kantor|satuan)/.test(j)) return 'kepala_pd';
  if (/^sekretaris\s+(dinas|badan)/.test(j)) return 'sekretaris_pd';
  if (/^kepala\s+bagian/.test(j)) return 'kepala_bagian';
  if (/^kepala\s+bidang/.test(j)) return 'kepala_bidang';
  return fallback;
}

/**
 * Moves the single office profile to the Perangkat Daerah issuer of every
 * origin institution of the existing trips (or of no institution when no
 * trip has one): its kop, place, emblem and numbering; the head of office
 * becomes that issuer's Kepala; the SPT signer a signer of the Setda when it
 * signed "a.n." the head of region, else of the Perangkat Daerah. Issued
 * numbers join that issuer's register with what they printed, and numbers
 * issued twice are marked as clashes (reported on their trips) instead of
 * failing the start.
 */
function moveProfile(db: Database, now: number): void {
  const profile = db.prepare(`SELECT * FROM doc_profile WHERE deleted_at IS NULL LIMIT 1`).get() as OldProfile | undefined;
  const origins = db.prepare(`SELECT DISTINCT origin_institution_id AS id FROM trips WHERE origin_institution_id IS NOT NULL`).pluck().all() as string[];
  const numberedNoOrigin = db
    .prepare(`SELECT count(*) FROM doc_numbers n JOIN trips t ON t.id = n.trip_id WHERE t.origin_institution_id IS NULL`)
    .pluck()
    .get() as number;
  // Without a saved profile only the registers of issued numbers need a row (a new database gets none).
  const numberedOrigins = db
    .prepare(`SELECT DISTINCT t.origin_institution_id FROM doc_numbers n JOIN trips t ON t.id = n.trip_id WHERE t.origin_institution_id IS NOT NULL`)
    .pluck()
    .all() as string[];
  const owners: Array<string | null> = profile ? [...origins] : [...numberedOrigins];
  if ((profile && origins.length === 0) || numberedNoOrigin > 0) owners.push(null);

  const numbering = parse(profile?.numbering ?? '{}');
  const tmpl = (k: string) => parse(JSON.stringify(numbering[k] ?? {}));
  const report = tmpl('report');
  const register = JSON.stringify({
    template: str(tmpl('spt'), 'template') || str(report, 'template') || '{kode}/{nomor}/{unit}/{tahun}',
    unit: str(tmpl('spt'), 'unit') || str(report, 'unit') || str(tmpl('letter'), 'unit'),
    codes: {
      report: str(report, 'code') || '000.1.2.3',
      spt: str(tmpl('spt'), 'code') || '800.1.11.1',
      spt_non_asn: str(tmpl('spt'), 'code') || '800.1.11.1',
      letter: str(tmpl('letter'), 'code') || '000.1.2.3',
    },
    perKind: false,
  });
  const insertIssuer = db.prepare(
    `INSERT OR IGNORE INTO doc_issuers (id, institution_id, level, gov_line, office_name, address, phone, email, website, place_of_issue,
       emblem_sha256, emblem_file_name, register, created_at, updated_at)
     VALUES (@id, @institutionId, @level, @govLine, @officeName, @address, @phone, @email, @website, @placeOfIssue,
       @emblem, @emblemFileName, @register, @now, @now)`,
  );
  const insertSigner = db.prepare(
    `INSERT INTO doc_signers (id, issuer_id, seat, jabatan, name, pangkat, nip, acting, position, created_at, updated_at)
     VALUES (@id, @issuerId, @seat, @jabatan, @name, @pangkat, @nip, '', @position, @now, @now)`,
  );
  const head = parse(profile?.head ?? '{}');
  const spt = parse(profile?.spt_signer ?? '{}');
  const place = profile?.place_of_issue ?? '';
  for (const owner of owners) {
    const pd = issuerId(owner, 'perangkat_daerah');
    insertIssuer.run({
      id: pd,
      institutionId: owner,
      level: 'perangkat_daerah',
      govLine: profile?.gov_line ?? '',
      officeName: profile?.office_name ?? '',
      address: profile?.address ?? '',
      phone: profile?.phone ?? '',
      email: profile?.email ?? '',
      website: profile?.website ?? '',
      placeOfIssue: place,
      emblem: profile?.emblem_sha256 ?? null,
      emblemFileName: profile?.emblem_file_name ?? '',
      register,
      now,
    });
    if (!profile) continue;
    if (str(head, 'name') || str(head, 'jabatan')) {
      insertSigner.run({
        id: uuidv7(),
        issuerId: pd,
        seat: seatOf(str(head, 'jabatan'), 'kepala_pd'),
        jabatan: str(head, 'jabatan'),
        name: str(head, 'name'),
        pangkat: str(head, 'pangkat'),
        nip: str(head, 'nip').replace(/\D/g, ''),
        position: 1,
        now,
      });
    }
    if (str(spt, 'name') || str(spt, 'jabatan')) {
      const forRegion = /\b(bupati|wali\s*kota|gubernur)\b/i.test(str(spt, 'onBehalf'));
      const level = forRegion ? 'setda' : 'perangkat_daerah';
      const target = issuerId(owner, level);
      if (forRegion) {
        insertIssuer.run({
          id: target,
          institutionId: owner,
          level,
          govLine: profile.gov_line,
          officeName: '',
          address: '',
          phone: '',
          email: '',
          website: '',
          placeOfIssue: place,
          emblem: profile.emblem_sha256,
          emblemFileName: profile.emblem_file_name,
          register,
          now,
        });
      }
      insertSigner.run({
        id: uuidv7(),
        issuerId: target,
        seat: seatOf(str(spt, 'jabatan'), forRegion ? 'sekda' : 'lainnya'),
        jabatan: str(spt, 'jabatan'),
        name: str(spt, 'name'),
        pangkat: str(spt, 'pangkat'),
        nip: str(spt, 'nip').replace(/\D/g, ''),
        position: 2,
        now,
      });
    }
  }

  // What the numbered documents printed until now: the old kop and signer lines.
  const acknowledged = new Map(
    (db.prepare(`SELECT id, acknowledge FROM trip_reports`).all() as Array<{ id: string; acknowledge: number }>).map((r) => [r.id, r.acknowledge]),
  );
  const person = (o: Record<string, unknown>) => ({
    id: null,
    seat: null,
    jabatan: str(o, 'jabatan'),
    name: str(o, 'name'),
    pangkat: str(o, 'pangkat'),
    nip: str(o, 'nip').replace(/\D/g, ''),
    acting: '',
    rank: 0,
  });
  const p = profile;
  const kop = {
    govLine: (p?.gov_line ?? '').toUpperCase(),
    officeName: (p?.office_name ?? '').toUpperCase(),
    contacts: [
      p?.address ?? '',
      [p?.phone && `Telepon ${p.phone}`, p?.email && `Surel ${p.email}`].filter(Boolean).join(', '),
      p?.website ? `Laman ${p.website}` : '',
    ].filter(Boolean),
    placeOfIssue: place,
    headTitle: '',
  };
  const printed = (kind: string, tripId: string) => {
    const named = Boolean(str(head, 'name') || str(head, 'jabatan'));
    return JSON.stringify({
      level: 'perangkat_daerah',
      kop,
      emblemSha256: p?.emblem_sha256 ?? null,
      signer: kind === 'report' ? null : person(kind === 'spt' ? spt : head),
      above: kind === 'spt' && str(spt, 'onBehalf') ? [str(spt, 'onBehalf')] : kind === 'letter' && str(head, 'onBehalf') ? [str(head, 'onBehalf')] : [],
      acknowledge: kind === 'report' && named && (acknowledged.get(tripId) ?? 1) === 1 ? person(head) : null,
    });
  };
  const rows = db
    .prepare(`SELECT n.id, n.kind, n.number, n.trip_id AS tripId, t.origin_institution_id AS origin FROM doc_numbers_v6 n LEFT JOIN trips t ON t.id = n.trip_id ORDER BY n.created_at, n.id`)
    .all() as Array<{ id: string; kind: string; number: string; tripId: string; origin: string | null }>;
  const firstOf = new Map<string, string>();
  const insertNumber = db.prepare(
    `INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at)
     SELECT id, trip_id, kind, @issuerId, year, seq, number, issued_on, @issuedAs, @clashOf, created_at, updated_at, deleted_at
     FROM doc_numbers_v6 WHERE id = @id`,
  );
  for (const r of rows) {
    const issuer = issuerId(r.origin, 'perangkat_daerah');
    const key = `${issuer}\u0000${r.number}`;
    const clashOf = r.number !== '' ? (firstOf.get(key) ?? null) : null;
    if (r.number !== '' && !clashOf) firstOf.set(key, r.id);
    insertNumber.run({ id: r.id, issuerId: issuer, issuedAs: printed(r.kind, r.tripId), clashOf });
  }
}

/**
 * Issuers and signers (issue 9): doc_issuers (one per institution and level,
 * id derived from the pair), doc_signers, a trip's choice per document
 * (trip_doc_choices), doc_numbers in one register per issuer with unique
 * numbers, and what a trip prints about its people kept on the trip
 * (snapshot columns). doc_profile stays as the house style (paper, font,
 * margins); its kop, signers and numbering move to the issuers.
 */
export const v7issuers: Migration = {
  version: 7,
  name: 'issuers and signers',
  up(db) {
    const now = Date.now();
    db.exec(`
CREATE TABLE doc_issuers (
  id TEXT PRIMARY KEY NOT NULL,
  institution_id TEXT REFERENCES institutions (id),
  level TEXT NOT NULL DEFAULT 'perangkat_daerah' CHECK (level IN ('kepala_daerah', 'setda', 'perangkat_daerah')),
  gov_line TEXT NOT NULL DEFAULT '',
  office_name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  place_of_issue TEXT NOT NULL DEFAULT '',
  emblem_sha256 TEXT REFERENCES blobs (sha256),
  emblem_file_name TEXT NOT NULL DEFAULT '',
  paper TEXT CHECK (paper IS NULL OR paper IN ('F4', 'A4')),
  font TEXT,
  margin_top INTEGER,
  margin_right INTEGER,
  margin_bottom INTEGER,
  margin_left INTEGER,
  register TEXT NOT NULL DEFAULT '{}',
  ${STAMPS}
) STRICT;
CREATE UNIQUE INDEX doc_issuers_key ON doc_issuers (coalesce(institution_id, ''), level);
${changeLogTriggers('doc_issuers', ISSUER_COLUMNS)}

CREATE TABLE doc_signers (
  id TEXT PRIMARY KEY NOT NULL,
  issuer_id TEXT NOT NULL DEFAULT '' REFERENCES doc_issuers (id),
  seat TEXT NOT NULL DEFAULT 'lainnya'
    CHECK (seat IN ('kepala_daerah', 'wakil_kepala_daerah', 'sekda', 'asisten', 'kepala_pd', 'sekretaris_pd', 'kepala_bagian', 'kepala_bidang', 'lainnya')),
  jabatan TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  pangkat TEXT NOT NULL DEFAULT '',
  nip TEXT NOT NULL DEFAULT '',
  acting TEXT NOT NULL DEFAULT '' CHECK (acting IN ('', 'plt', 'plh')),
  person_id TEXT REFERENCES people (id),
  position REAL NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
CREATE INDEX doc_signers_by_issuer ON doc_signers (issuer_id, position) WHERE deleted_at IS NULL;
${changeLogTriggers('doc_signers', SIGNER_COLUMNS)}

CREATE TABLE trip_doc_choices (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'spt' CHECK (kind IN ('spt', 'spt_non_asn', 'letter', 'report')),
  level TEXT CHECK (level IS NULL OR level IN ('kepala_daerah', 'setda', 'perangkat_daerah')),
  signer_id TEXT REFERENCES doc_signers (id),
  form TEXT CHECK (form IS NULL OR form IN ('own', 'an', 'ub')),
  acknowledge TEXT NOT NULL DEFAULT '',
  sign_date TEXT NOT NULL DEFAULT '',
  attention TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX trip_doc_choices_by_trip ON trip_doc_choices (trip_id) WHERE deleted_at IS NULL;
${changeLogTriggers('trip_doc_choices', CHOICE_COLUMNS)}

-- doc_numbers gains its issuer (the register), what it printed, and the non-ASN letter kind.
${dropChangeLogTriggers('doc_numbers')}
DROP INDEX doc_numbers_by_trip;
DROP INDEX doc_numbers_running;
ALTER TABLE doc_numbers RENAME TO doc_numbers_v6;
CREATE TABLE doc_numbers (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'spt', 'spt_non_asn', 'letter')),
  issuer_id TEXT NOT NULL DEFAULT '' REFERENCES doc_issuers (id),
  year INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  number TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL DEFAULT '',
  -- JSON: the kop, signer and form lines the document printed when the number was issued.
  issued_as TEXT NOT NULL DEFAULT '{}',
  -- Set by the migration on a number an older version issued twice: the row that had it first.
  clash_of TEXT,
  ${STAMPS}
) STRICT;
`);
    moveProfile(db, now);
    // "Mengetahui" switched off on the report texts becomes the trip's choice of nobody (one row per trip and kind, id from the pair).
    const off = db.prepare(`SELECT id FROM trip_reports WHERE acknowledge = 0`).pluck().all() as string[];
    const choose = db.prepare(`INSERT INTO trip_doc_choices (id, trip_id, kind, acknowledge, created_at, updated_at) VALUES (?, ?, 'report', 'none', ?, ?)`);
    for (const tripId of off) choose.run(docChoiceId(tripId, 'report'), tripId, now, now);
    db.exec(`
DROP TABLE doc_numbers_v6;
CREATE INDEX doc_numbers_by_trip ON doc_numbers (trip_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX doc_numbers_register ON doc_numbers (issuer_id, year, seq);
-- No two documents of one register ever carry the same number, cleared ones included.
CREATE UNIQUE INDEX doc_numbers_unique ON doc_numbers (issuer_id, number) WHERE clash_of IS NULL AND number <> '';
${changeLogTriggers('doc_numbers', NUMBER_COLUMNS)}

ALTER TABLE trip_members ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_members ADD COLUMN snapshot_prev TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_host_people ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';
ALTER TABLE trip_host_people ADD COLUMN snapshot_prev TEXT NOT NULL DEFAULT '';
${dropChangeLogTriggers('trip_members')}
${dropChangeLogTriggers('trip_host_people')}
UPDATE trip_members SET snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = trip_members.person_id), '');
UPDATE trip_host_people SET snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = trip_host_people.person_id), '');
${changeLogTriggers('trip_members', MEMBER_COLUMNS)}
${changeLogTriggers('trip_host_people', HOST_PEOPLE_COLUMNS)}
`);
  },
};
