/**
 * The attendance list (daftar hadir): a sheet per day or per session, each
 * with its own heading, venue, table of everybody and closing signer; NIPs
 * only for officials; readiness listing what the sheets mark; and, rendered by
 * LibreOffice, the closing signer never alone on a page.
 */
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_ROW_MM, MAX_DAY_SHEETS, SIGN_MM, attendanceSheets, buildAttendance, placeOfRegion } from '../../main/docs/attendance';
import { pack } from '../../main/docs/common';
import type { DocData } from '../../main/docs/model';
import { readiness } from '../../main/docs/readiness';
import { buildSpt } from '../../main/docs/spt';
import { localToInstant } from '../../shared/zones';
import { seedDocData, setHouseStyle } from '../helpers/doc-data';
import { hasLibreOffice, readDocx, renderDocx, type DocxParts } from '../helpers/docx';

const MALANG = 'Asia/Jakarta';
const twips = (mmValue: number) => Math.round((mmValue / 25.4) * 1440);

function make(data: DocData): { parts: DocxParts; bytes: Buffer; gaps: number; codes: string[] } {
  const built = buildAttendance(data);
  const bytes = pack(built.doc);
  return { parts: readDocx(bytes), bytes, gaps: built.gaps, codes: [...built.gapCodes].sort() };
}

/** The seed trip with a session on its second day too (the seed's 25th holds only the journey home). */
function twoDays(data: DocData): DocData {
  const base = data.agenda[1]!;
  const at = (local: string) => localToInstant(local, MALANG);
  data.agenda.splice(data.agenda.length - 1, 0, {
    ...base,
    id: 'day-two',
    kind: 'meal',
    title: 'Ramah tamah dan pelepasan rombongan',
    startLocal: '2025-04-25T07:00',
    endLocal: '2025-04-25T07:45',
    startAt: at('2025-04-25T07:00'),
    endAt: at('2025-04-25T07:45'),
    venueName: 'Hotel Tugu Malang',
  });
  return data;
}

const bySession = (data: DocData): DocData => {
  data.text.attendanceSplit = 'session';
  return data;
};

/** The sheets' texts, in order (each begins with the title). */
const sheetsOf = (text: string): string[] => text.split('DAFTAR HADIR PESERTA').slice(1);
const tblHeaders = (body: string): number => (body.match(/<w:tblHeader\/>/g) ?? []).length;
const pageBreaks = (body: string): number => (body.match(/<w:pageBreakBefore\/>/g) ?? []).length;

/** The closing of the seed's sheets: place and date of that day, the Sekretaris Rombongan, name and NIP. */
const closing = (date: string) => `Malang, ${date}\nSekretaris Rombongan,\nNi Made Dwi Pratiwi, S.Kom.\nNIP. 19850512 201001 2 015`;

describe('attendance sheets (parsed back)', () => {
  it('per day: one sheet for each date with sessions, each on a new page with its own heading, venue, table and closing', () => {
    // The seed as it is: the 25th has only the journey home, so one sheet.
    const seed = make(seedDocData());
    expect(sheetsOf(seed.parts.text)).toHaveLength(1);
    expect(seed.parts.text).toContain('Hari/tanggal\t:\tKamis, 24 April 2025\nWaktu\t:\t11.00–15.00 WIB\nTempat\t:\tRuang Sidang Balai Kota Malang\n');

    const { parts, gaps } = make(twoDays(seedDocData()));
    const sheets = sheetsOf(parts.text);
    expect(sheets).toHaveLength(2);
    // A table (its header repeating) and a new page for each sheet.
    expect(tblHeaders(parts.body)).toBe(2);
    expect(pageBreaks(parts.body)).toBe(1);
    expect(sheets[0]).toContain('Hari/tanggal\t:\tKamis, 24 April 2025\nWaktu\t:\t11.00–15.00 WIB\nTempat\t:\tRuang Sidang Balai Kota Malang\n');
    // The second day's venue (the region added where the venue's name lacks it).
    expect(sheets[1]).toContain('Hari/tanggal\t:\tJumat, 25 April 2025\nWaktu\t:\t07.00–07.45 WIB\nTempat\t:\tHotel Tugu Malang, Kota Malang\n');
    for (const [i, sheet] of sheets.entries()) {
      expect(sheet).toContain('STUDI KOMPARASI KOMUNIKASI PUBLIK KE KOTA MALANG');
      expect(sheet).toContain('Jumlah peserta\t:\t39 orang (6 pejabat/ASN, 33 jurnalis)');
      // Everybody, on every sheet.
      expect(sheet).toContain('\n1\nGede Supriatna, S.H.\n');
      expect(sheet).toContain('\n39\nJurnalis Buleleng TV 33\n');
      expect(sheet).not.toContain('Acara\t:');
      expect(sheet).toContain(closing(i === 0 ? '24 April 2025' : '25 April 2025'));
    }
    expect(gaps).toBe(0);
  });

  it('per session: one sheet for each agenda item but the journeys, titled with the item and its time, at its venue', () => {
    const data = bySession(seedDocData());
    const items = data.agenda.filter((it) => it.kind !== 'travel');
    expect(items).toHaveLength(4);
    const { parts, gaps } = make(data);
    const sheets = sheetsOf(parts.text);
    expect(sheets).toHaveLength(items.length);
    expect(tblHeaders(parts.body)).toBe(items.length);
    expect(pageBreaks(parts.body)).toBe(items.length - 1);
    const expected = [
      ['Penerimaan rombongan oleh Sekda Kota Malang', '11.00–11.45 WIB', 'Ruang Sidang Balai Kota Malang'],
      ['Paparan Ngalam Pinter dan SPBE', '11.45–12.30 WIB', 'Ruang Sidang Balai Kota Malang'],
      ['Makan siang bersama', '12.30–13.30 WIB', 'Balai Kota Malang'],
      ['Kunjungan ke Ngalam Command Center', '13.30–15.00 WIB', 'Ngalam Command Center, Kota Malang'],
    ];
    for (const [i, [title, time, venue]] of expected.entries()) {
      expect(sheets[i]).toContain(`Acara\t:\t${title}\nHari/tanggal\t:\tKamis, 24 April 2025\nWaktu\t:\t${time}\nTempat\t:\t${venue}\n`);
      expect(sheets[i]).toContain('\n39\nJurnalis Buleleng TV 33\n');
      expect(sheets[i]).toContain(closing('24 April 2025'));
    }
    expect(gaps).toBe(0);
    // The two-day trip: the session of the second day is a sheet too, dated that day.
    const two = sheetsOf(make(bySession(twoDays(seedDocData()))).parts.text);
    expect(two).toHaveLength(5);
    expect(two[4]).toContain('Acara\t:\tRamah tamah dan pelepasan rombongan\nHari/tanggal\t:\tJumat, 25 April 2025');
    expect(two[4]).toContain(closing('25 April 2025'));
    // A break (ishoma, coffee break) is nobody's session: no sheet for it.
    const withBreak = bySession(seedDocData());
    const first = withBreak.agenda.find((it) => it.kind !== 'travel');
    if (!first) throw new Error('the seed has sessions');
    withBreak.agenda = [...withBreak.agenda, { ...first, id: 'break', kind: 'break', title: 'Ishoma' }];
    expect(sheetsOf(make(withBreak).parts.text)).toHaveLength(items.length);
  });

  it('without agenda: a sheet per day of the trip, no time, at the trip venue or the host; an untitled session is marked', () => {
    for (const split of ['day', 'session'] as const) {
      const data = seedDocData({ agendaItems: 0 });
      data.text.attendanceSplit = split;
      const { parts, gaps } = make(data);
      const sheets = sheetsOf(parts.text);
      expect(sheets, split).toHaveLength(2);
      expect(sheets[0]).toContain('Hari/tanggal\t:\tKamis, 24 April 2025\nTempat\t:\tPemerintah Kota Malang\n');
      expect(sheets[1]).toContain('Hari/tanggal\t:\tJumat, 25 April 2025\nTempat');
      expect(parts.text).not.toContain('Waktu\t:');
      expect(sheets[1]).toContain(closing('25 April 2025'));
      expect(gaps).toBe(0);
    }
    // A trip venue stands in for a session without its own.
    const venue = bySession(seedDocData());
    venue.detail.venues = [{ id: 'v1', createdAt: 1, updatedAt: 1, tripId: venue.detail.trip.id, institutionId: null, name: 'Aula Ngalam Command Center', address: '' }];
    venue.agenda[3]!.venueName = '';
    expect(sheetsOf(make(venue).parts.text)[2]).toContain('Acara\t:\tMakan siang bersama\nHari/tanggal\t:\tKamis, 24 April 2025\nWaktu\t:\t12.30–13.30 WIB\nTempat\t:\tAula Ngalam Command Center, Kota Malang\n');

    // A trip of a mistyped year: the sheets stop at a month.
    const long = seedDocData({ agendaItems: 0, officials: 1, journalists: 0 });
    long.detail.trip.endDate = '2026-04-25';
    expect(attendanceSheets(long)).toHaveLength(MAX_DAY_SHEETS);

    const untitled = bySession(seedDocData());
    untitled.agenda[2]!.title = ' ';
    const u = make(untitled);
    expect(sheetsOf(u.parts.text)[1]).toContain('Acara\t:\t[Nama kegiatan belum diisi]');
    expect(u.codes).toEqual(['agendaWithoutTitle']);
  });

  it('NIP only for officials: "-" for journalists, other non-ASN and elected officials, a marker for a civil servant without one', () => {
    const data = seedDocData({ officials: 6, journalists: 2 });
    const [wabup, kadis, , , five, six] = data.detail.members;
    // A journalist with a stray number, a non-ASN official with one: neither has a NIP to print.
    const j = data.detail.members[6]!;
    j.person = { ...j.person, nip: '199001012015031001' };
    five!.person = { ...five!.person, employment: 'non_asn', nip: '198005152010041005', golongan: '', jabatan: 'Tenaga Ahli Kehumasan' };
    six!.person = { ...six!.person, nip: '' };
    const { parts, codes } = make(data);
    const t = parts.text;
    expect(t).toContain(`\n1\n${wabup!.person.name}\n-\nWakil Bupati Buleleng\n`);
    expect(t).toContain(`\n2\n${kadis!.person.name}\n19780817 199703 1 002\nKepala Dinas Kominfosanti\n`);
    expect(t).toContain('\n5\nPegawai Dinas 5\n-\nTenaga Ahli Kehumasan\n');
    expect(t).toContain('\n6\nPegawai Dinas 6\n[NIP belum diisi]\n');
    // Journalists: no NIP, their outlet in the jabatan/instansi column.
    expect(t).toContain('\n7\nJurnalis Radar Bali 1\n-\nJurnalis\nRadar Bali\n');
    expect(t).toContain('\n8\nJurnalis Bali Post 2\n-\nJurnalis\nBali Post\n');
    expect(t).not.toContain('19900101 201503 1 001');
    expect(codes).toEqual(['membersWithoutNip']);
    // An invalid NIP (month 00 of appointment) prints as the SPT prints it (parts.ts nipCell).
    const bad = seedDocData({ officials: 12, journalists: 0 });
    const eleven = bad.detail.members[10]!;
    eleven.person = { ...eleven.person, nip: '198011152010001011' };
    const spt = readDocx(pack(buildSpt(bad).doc)).text;
    const printed = new RegExp(`\\n11\\nPegawai Dinas 11\\n[^\\n]*\\n([^\\n]*)\\n`).exec(spt)?.[1];
    expect(printed).toBeDefined();
    expect(make(bad).parts.text).toContain(`\n11\nPegawai Dinas 11\n${printed}\n`);
    // A non-ASN's stray number is not a NIP: "-", nothing to mark.
    const stray = seedDocData({ officials: 6, journalists: 0 });
    stray.detail.members[4]!.person = { ...stray.detail.members[4]!.person, employment: 'non_asn', nip: '12345' };
    const st = make(stray);
    expect(st.parts.text).toContain('\n5\nPegawai Dinas 5\n-\n');
    expect(st.codes).toEqual([]);
  });

  it('the closing signer: the Sekretaris Rombongan, else the Ketua; gaps for what is missing, listed by readiness', () => {
    // No secretary: the Ketua (the elected Wakil Bupati: no NIP line).
    const lead = twoDays(seedDocData());
    const sek = lead.detail.members.find((m) => m.role === 'secretary')!;
    sek.role = 'member';
    const l = make(lead);
    for (const [i, sheet] of sheetsOf(l.parts.text).entries()) {
      expect(sheet).toContain(`Malang, ${i === 0 ? 24 : 25} April 2025\nKetua Rombongan,\nGede Supriatna, S.H.\n`);
      expect(sheet).not.toContain('Sekretaris Rombongan');
      expect(sheet.split('Ketua Rombongan,')[1]).not.toContain('NIP.');
    }
    // Readiness advises that the lead is only assumed when nobody is chosen.
    const unchosen = seedDocData();
    for (const m of unchosen.detail.members) if (m.role === 'lead' || m.role === 'secretary') m.role = 'member';
    expect(readiness(unchosen).gaps.find((g) => g.code === 'leadNotChosen')?.kinds).toContain('attendance');

    // A sekretaris without a NIP, only journalists, nobody: marked on every sheet.
    const noNip = twoDays(seedDocData());
    const s = noNip.detail.members.find((m) => m.role === 'secretary')!;
    s.person = { ...s.person, nip: '' };
    const n = make(noNip);
    expect(sheetsOf(n.parts.text).map((x) => x.includes('Sekretaris Rombongan,\nNi Made Dwi Pratiwi, S.Kom.\nNIP. [NIP belum diisi]'))).toEqual([true, true]);

    const press = seedDocData();
    press.detail.members = press.detail.members.filter((m) => m.role === 'journalist');
    const p = make(press);
    expect(p.parts.text).toContain('Ketua Rombongan,\n[Ketua rombongan belum diisi]');
    expect(p.codes).toEqual(['noLead']);

    // No host region (the trip's or a host's): the place is marked.
    const nowhere = seedDocData();
    nowhere.hostRegionNames = [];
    nowhere.detail.hosts = nowhere.detail.hosts.map((h) => ({ ...h, institution: { ...h.institution, regionCode: '' } }));
    const w = make(nowhere);
    expect(w.parts.text).toContain('[Tempat belum diisi], 24 April 2025\nSekretaris Rombongan,');
    expect(w.codes).toEqual(['noHostRegion']);
    // A host's region stands in for the trip's.
    const hostOnly = seedDocData();
    hostOnly.hostRegionNames = [];
    expect(make(hostOnly).parts.text).toContain(closing('24 April 2025'));

    expect(placeOfRegion('Kota Malang')).toBe('Malang');
    expect(placeOfRegion('Kabupaten Sleman')).toBe('Sleman');
    expect(placeOfRegion('Kota Administrasi Jakarta Pusat')).toBe('Jakarta Pusat');
  });

  it('readiness lists for the attendance list exactly the gaps its sheets mark, per day and per session', () => {
    const variants: Array<[string, (d: DocData) => void]> = [
      ['seed', () => undefined],
      ['no sekretaris', (d) => d.detail.members.forEach((m) => m.role === 'secretary' && (m.role = 'member'))],
      ['only journalists', (d) => (d.detail.members = d.detail.members.filter((m) => m.role === 'journalist'))],
      ['nobody', (d) => (d.detail.members = [])],
      ['untitled item', (d) => (d.agenda[2]!.title = '')],
      ['untitled journey', (d) => (d.agenda[0]!.title = '')],
      ['bad dates with agenda', (d) => (d.detail.trip.endDate = '2025-04-20')],
      ['bad dates without agenda', (d) => ((d.detail.trip.endDate = '2025-04-20'), (d.agenda = []))],
      ['no region', (d) => ((d.hostRegionNames = []), (d.detail.hosts = []))],
      ['no place at all', (d) => ((d.hostRegionNames = []), (d.detail.hosts = []), d.agenda.forEach((it) => (it.venueName = '')))],
      ['signer without name and NIP', (d) => d.detail.members.forEach((m) => m.role === 'secretary' && (m.person = { ...m.person, name: '', nip: '' }))],
      ['no title', (d) => (d.detail.trip.title = ' ')],
      [
        'invalid NIPs: an official, a non-ASN, a journalist',
        (d) => {
          const [, kadis, , other] = d.detail.members;
          const journalist = d.detail.members.find((m) => m.role === 'journalist')!;
          kadis!.person = { ...kadis!.person, nip: '198011152010001011' };
          other!.person = { ...other!.person, employment: 'non_asn', nip: '12345' };
          journalist.person = { ...journalist.person, nip: '12345' };
        },
      ],
      [
        'only a non-ASN has an invalid NIP',
        (d) => {
          const other = d.detail.members[3]!;
          other.person = { ...other.person, employment: 'non_asn', nip: '12345' };
        },
      ],
    ];
    for (const split of ['day', 'session'] as const) {
      for (const [name, change] of variants) {
        const data = seedDocData({ officials: 5, journalists: 2, photos: 0 });
        data.text.attendanceSplit = split;
        change(data);
        const built = buildAttendance(data);
        const listed = readiness(data)
          .gaps.filter((g) => g.severity === 'missing' && g.kinds.includes('attendance'))
          .map((g) => g.code)
          .sort();
        expect([...built.gapCodes].sort(), `${split}: ${name}`).toEqual(listed);
        expect(built.gaps > 0, `${split}: ${name}`).toBe(listed.length > 0);
      }
    }
  });

  it('columns sized for signatures on F4 and A4: the signature column at least 50 mm, the table within the margins, rows tall enough to sign', () => {
    for (const paper of ['F4', 'A4'] as const) {
      const data = seedDocData({ officials: 4, journalists: 2 });
      setHouseStyle(data, { paper });
      const { parts } = make(data);
      const grid = parts.body.slice(0, parts.body.indexOf('</w:tblGrid>'));
      const cols = [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(cols).toHaveLength(5);
      expect(cols[4]!, paper).toBeGreaterThanOrEqual(twips(SIGN_MM) - 1);
      const width = paper === 'F4' ? 215 - 30 - 20 : 210 - 30 - 20;
      expect(Math.abs(cols.reduce((a, b) => a + b, 0) - twips(width)), paper).toBeLessThanOrEqual(5);
      const rows = [...parts.body.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/g)];
      expect(rows).toHaveLength(6);
      for (const r of rows) expect(Number(r[1])).toBeGreaterThanOrEqual(twips(ATTENDANCE_ROW_MM) - 1);
    }
  });
});

const SEKRETARIS = { title: 'Sekretaris Rombongan,', name: 'Ni Made Dwi Pratiwi, S.Kom.', nip: '19850512 201001 2 015' };
const KETUA = { title: 'Ketua Rombongan,', name: 'Gede Supriatna, S.H.' };

/** Pages of the rendered PDF. */
const pagesOf = (text: string): string[] => text.split('\f').filter((p) => p.trim() !== '');

/**
 * On each page that closes a sheet: the signer's title, name and NIP, and the
 * sheet's last row (its number's signature place, "N. ……"), so the signature
 * never stands alone. Returns those pages.
 */
function closingPages(text: string, last: number, signer: { title: string; name: string; nip?: string } = SEKRETARIS): string[] {
  const pages = pagesOf(text);
  const closing = pages.filter((p) => p.includes(signer.title));
  for (const p of closing) {
    const after = p.slice(p.indexOf(signer.title));
    expect(after).toContain(signer.name);
    if (signer.nip) expect(after).toContain(`NIP. ${signer.nip}`);
    else expect(after).not.toContain('NIP.');
    expect(p).toMatch(new RegExp(`(^|\\s)${last}\\. \\.`));
    expect(p).toContain('TANDA TANGAN');
  }
  return closing;
}

describe.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('attendance rendered by LibreOffice', () => {
  it('the closing signer shares its page with the last rows of the table, for 1, 4, 15 and 40 people, per day on two days', () => {
    for (const n of [1, 4, 15, 40]) {
      const data = twoDays(seedDocData({ officials: Math.min(n, 6), journalists: Math.max(0, n - 6) }));
      expect(data.detail.members).toHaveLength(n);
      const r = renderDocx(make(data).bytes, `attendance-${n}.docx`);
      expect([r.widthMm, r.heightMm]).toEqual([215, 330]);
      // The Sekretaris signs (the third official); alone, the Wakil Bupati signs as Ketua.
      const closing = closingPages(r.text, n, n >= 3 ? SEKRETARIS : KETUA);
      expect(closing, `${n} people`).toHaveLength(2);
      expect(closing[0]).toContain('Malang, 24 April 2025');
      expect(closing[1]).toContain('Malang, 25 April 2025');
      // Each sheet starts on a page of its own: the second day's heading opens the page after the first day's closing.
      const pages = pagesOf(r.text);
      const second = pages.findIndex((p) => p.includes('Jumat, 25 April 2025'));
      expect(pages[second - 1], `${n} people`).toContain('Malang, 24 April 2025');
      expect(pages[second]).toMatch(/^\s*DAFTAR HADIR PESERTA/);
    }
  });

  it('200 people, per day on two days, and 40 per session: every sheet closes beside its last rows, header on every page', () => {
    const big = twoDays(seedDocData({ officials: 20, journalists: 180 }));
    const r = renderDocx(make(big).bytes, 'attendance-200.docx');
    expect(r.pages).toBeGreaterThanOrEqual(10);
    expect(r.pages).toBeLessThanOrEqual(40);
    expect(closingPages(r.text, 200)).toHaveLength(2);
    expect((r.text.match(/TANDA TANGAN/g) ?? []).length).toBe(r.pages);

    const sessions = bySession(seedDocData({ officials: 6, journalists: 34 }));
    const s = renderDocx(make(sessions).bytes, 'attendance-sessions.docx');
    const closing = closingPages(s.text, 40);
    expect(closing).toHaveLength(4);
    for (const title of ['Penerimaan rombongan oleh Sekda Kota Malang', 'Paparan Ngalam Pinter dan SPBE', 'Makan siang bersama', 'Kunjungan ke Ngalam Command Center']) {
      expect(s.text).toContain(title);
    }
  });
});
