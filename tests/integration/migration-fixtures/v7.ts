import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { docChoiceId, issuerIdOfSeed as issuerId } from '../../../main/db/ids';
import { expectDefaults, expectLogTriggers } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000071';
const INST = '0199a000-0000-7000-8000-000000000072';
const PERSON = '0199a000-0000-7000-8000-000000000073';
const MEMBER = '0199a000-0000-7000-8000-000000000074';
const HOST_PERSON = '0199a000-0000-7000-8000-000000000075';
const N_REPORT = '0199a000-0000-7000-8000-000000000076';
const N_LETTER = '0199a000-0000-7000-8000-000000000077';
const N_SPT = '0199a000-0000-7000-8000-000000000078';
const PROFILE = '01960000-0000-7000-8000-000000000001';

/**
 * Migration 7 (issuers and signers): the single office profile of version 6
 * becomes the Perangkat Daerah issuer of the trips' origin institution, its
 * head and SPT signer become signers, numbers join that issuer's register
 * (the report and the letter that got the same number under version 6's
 * defaults are reported as a clash, not a failed start), and members keep
 * what the trip printed about them.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(`INSERT INTO institutions (id, kind, name, region_code, created_at, updated_at) VALUES (?, 'own', 'Dinas Kominfosanti', '51.08', 1, 1)`).run(INST);
    db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, origin_institution_id, created_at, updated_at) VALUES (?, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25', ?, 1, 1)`,
    ).run(TRIP, INST);
    db.prepare(
      `INSERT INTO people (id, kind, name, employment, nip, golongan, jabatan, created_at, updated_at) VALUES (?, 'official', 'Ni Made Dwi Pratiwi', 'pns', '198505122010012015', 'III/d', 'Kepala Bidang IKP', 1, 1)`,
    ).run(PERSON);
    db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, 'ketua', 1, 1)`).run(MEMBER, TRIP, PERSON);
    db.prepare(`INSERT INTO trip_host_people (id, trip_id, person_id, created_at, updated_at) VALUES (?, ?, ?, 1, 1)`).run(HOST_PERSON, TRIP, PERSON);
    db.prepare(
      `INSERT INTO doc_profile (id, gov_line, office_name, address, phone, place_of_issue, paper, font, margin_left, head, spt_signer, numbering, created_at, updated_at)
       VALUES (?, 'Pemerintah Kabupaten Buleleng', 'Dinas Komunikasi, Informatika, Persandian dan Statistik', 'Jl. Pahlawan No. 1', '(0362) 21985', 'Singaraja', 'A4', 'Bookman Old Style', 35, ?, ?, ?, 1, 1)`,
    ).run(
      PROFILE,
      JSON.stringify({ onBehalf: '', jabatan: 'Kepala Dinas Kominfosanti', name: 'Ketut Suwarmawan', pangkat: 'Pembina Tingkat I', nip: '197808171997031002' }),
      JSON.stringify({ onBehalf: 'a.n. BUPATI BULELENG', jabatan: 'Sekretaris Daerah', name: 'Gede Suyasa', pangkat: 'Pembina Utama Madya', nip: '196903191996031001' }),
      JSON.stringify({
        report: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '000.1.2.3', unit: '107.1' },
        spt: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '800.1.11.1', unit: '107.1' },
        letter: { template: '{kode}/{nomor}/{unit}/{tahun}', code: '000.1.2.3', unit: '107.1' },
      }),
    );
    db.prepare(`INSERT INTO trip_reports (id, acknowledge, created_at, updated_at) VALUES (?, 0, 1, 1)`).run(TRIP);
    const number = db.prepare(
      `INSERT INTO doc_numbers (id, trip_id, kind, year, seq, number, issued_on, created_at, updated_at) VALUES (?, ?, ?, 2025, 1, ?, '2025-04-20', ?, ?)`,
    );
    number.run(N_REPORT, TRIP, 'report', '000.1.2.3/1/107.1/2025', 10, 10);
    number.run(N_LETTER, TRIP, 'letter', '000.1.2.3/1/107.1/2025', 20, 20);
    number.run(N_SPT, TRIP, 'spt', '800.1.11.1/1/107.1/2025', 30, 30);
  },
  after: (db: Database.Database): void => {
    const pd = issuerId(INST, 'perangkat_daerah');
    const issuer = db.prepare(`SELECT gov_line, office_name, address, phone, place_of_issue, register FROM doc_issuers WHERE id = ?`).get(pd) as Record<string, string>;
    expect(issuer).toMatchObject({
      gov_line: 'Pemerintah Kabupaten Buleleng',
      office_name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
      address: 'Jl. Pahlawan No. 1',
      phone: '(0362) 21985',
      place_of_issue: 'Singaraja',
    });
    expect(JSON.parse(issuer.register ?? '{}')).toMatchObject({ unit: '107.1', perKind: false, codes: { report: '000.1.2.3', spt: '800.1.11.1' } });
    // The house style stays in doc_profile.
    expect(db.prepare(`SELECT paper, font, margin_left FROM doc_profile`).get()).toEqual({ paper: 'A4', font: 'Bookman Old Style', margin_left: 35 });
    // The head of office signs for the Dinas; the SPT signer (a.n. Bupati) for the Setda.
    const signers = db.prepare(`SELECT s.seat, s.name, s.nip, i.level FROM doc_signers s JOIN doc_issuers i ON i.id = s.issuer_id ORDER BY s.position`).all();
    expect(signers).toEqual([
      { seat: 'kepala_pd', name: 'Ketut Suwarmawan', nip: '197808171997031002', level: 'perangkat_daerah' },
      { seat: 'sekda', name: 'Gede Suyasa', nip: '196903191996031001', level: 'setda' },
    ]);
    // Every number kept, in the Dinas' register; the letter's duplicate is marked, not refused.
    const numbers = db.prepare(`SELECT id, kind, number, issuer_id, clash_of, issued_as FROM doc_numbers ORDER BY created_at`).all() as Array<Record<string, string | null>>;
    expect(numbers.map((n) => [n.kind, n.number, n.issuer_id, n.clash_of])).toEqual([
      ['report', '000.1.2.3/1/107.1/2025', pd, null],
      ['letter', '000.1.2.3/1/107.1/2025', pd, N_REPORT],
      ['spt', '800.1.11.1/1/107.1/2025', pd, null],
    ]);
    // What the SPT printed stays: the old kop and "a.n. BUPATI BULELENG / Sekretaris Daerah".
    const spt = JSON.parse(numbers[2]?.issued_as ?? '{}') as { kop: { officeName: string }; above: string[]; signer: { name: string } };
    expect(spt.kop.officeName).toBe('DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK');
    expect(spt.above).toEqual(['a.n. BUPATI BULELENG']);
    expect(spt.signer.name).toBe('Gede Suyasa');
    // From now on no register holds a number twice.
    expect(() =>
      db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, number) VALUES ('dup', ?, 'report', ?, '800.1.11.1/1/107.1/2025')`).run(TRIP, pd),
    ).toThrow(/UNIQUE/);
    // The trip keeps what it prints about its people.
    const snap = JSON.parse(db.prepare(`SELECT snapshot FROM trip_members WHERE id = ?`).pluck().get(MEMBER) as string) as Record<string, string>;
    expect(snap).toMatchObject({ name: 'Ni Made Dwi Pratiwi', nip: '198505122010012015', golongan: 'III/d', jabatan: 'Kepala Bidang IKP' });
    expect(JSON.parse(db.prepare(`SELECT snapshot FROM trip_host_people WHERE id = ?`).pluck().get(HOST_PERSON) as string)).toMatchObject({ jabatan: 'Kepala Bidang IKP' });
    for (const t of ['doc_issuers', 'doc_signers', 'trip_doc_choices', 'doc_numbers', 'trip_members', 'trip_host_people']) {
      expectLogTriggers(db, t);
      expectDefaults(db, t);
    }
    // "Mengetahui" switched off stays off, as the trip's choice for its report.
    expect(db.prepare(`SELECT id, kind, acknowledge FROM trip_doc_choices WHERE trip_id = ?`).all(TRIP)).toEqual([
      { id: docChoiceId(TRIP, 'report'), kind: 'report', acknowledge: 'none' },
    ]);
    // The snapshot is in the change log like any other column.
    db.prepare(`UPDATE trip_members SET snapshot = '{}' WHERE id = ?`).run(MEMBER);
    const last = db.prepare(`SELECT changed_columns FROM change_log ORDER BY seq DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(last)).toEqual(['snapshot']);
  },
};
