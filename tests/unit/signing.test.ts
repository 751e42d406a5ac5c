import { describe, expect, it } from 'vitest';
import type { Member, TripHost } from '../../shared/delegation/schemas';
import type { Issuer, IssuerLevel, Signer, SignerSeat } from '../../shared/documents/issuers';
import type { PersonRow } from '../../shared/directory/person';
import { defaultLevel, emptyChoice, kopLines, personRank, regionNames, resolveSigning, SEAT_RANK, titleWords } from '../../shared/documents/signing';
import { issuerRow, memberRow, personRow, signerRow } from '../helpers/rows';

/*
 * Who may sign what (domain.md, "Issuers and signers"): ranks, the kop lines
 * an issuer prints before anything is configured, and the default issuer,
 * signer and warnings of each document of a trip.
 */

const BULELENG = { name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', regionCode: '51.08', address: 'Jl. Pahlawan No. 1, Singaraja' };
const noLines = { govLine: '', officeName: '', address: '', phone: '', email: '', website: '', placeOfIssue: '' };
let n = 0;
const id = () => `0199a000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;

const person = (extra: Partial<PersonRow>): PersonRow => personRow(id(), { name: 'Nama', ...extra });
function member(role: Member['role'], p: Partial<PersonRow>): Member {
  const who = person(p);
  return memberRow(id(), 't', role, who);
}
const signer = (seat: SignerSeat, name: string, jabatan = ''): Signer => signerRow(id(), seat, jabatan, name);
const issuer = (level: IssuerLevel, signers: Signer[]): Issuer =>
  issuerRow({ id: id(), institutionId: null, level, saved: true, ...noLines, kop: kopLines(level, noLines, BULELENG), signers });

const bupati = signer('regional_head', 'dr. I Nyoman Sutjidra, Sp.OG.', 'Bupati Buleleng');
const sekda = signer('regional_secretary', 'Gede Suyasa, S.T., M.T.', 'Sekretaris Daerah');
const kadis = signer('agency_head', 'Ketut Suwarmawan, S.STP., M.AP.', 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik');
const issuers = [issuer('regional_head', [bupati]), issuer('secretariat', [sekda]), issuer('agency', [kadis])];
const malang: TripHost[] = [
  {
    id: id(),
    createdAt: 1,
    updatedAt: 1,
    tripId: 't',
    institutionId: 'i',
    institution: { id: 'i', createdAt: 1, updatedAt: 1, kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73', address: '', phone: '', email: '', website: '' },
  },
];

const wabup = member('lead', { name: 'Gede Supriatna, S.H.', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
const kadisMember = member('deputy_lead', { name: 'Ketut Suwarmawan', golongan: 'IV/b', eselon: 'II', jabatan: 'Kepala Dinas Kominfosanti' });
const kabid = member('lead', { name: 'Ni Made Dwi Pratiwi', golongan: 'III/d', eselon: 'III', jabatan: 'Kepala Bidang Informasi' });
const staff = member('member', { name: 'I Putu Ari', golongan: 'III/b', jabatan: 'Pranata Humas Ahli Pertama' });
const journalist = member('journalist', { name: 'Komang Wartawan', kind: 'journalist', employment: 'non_asn', institutionName: 'Radar Bali' });

const resolve = (kind: Parameters<typeof resolveSigning>[0]['kind'], members: Member[], choice: Partial<ReturnType<typeof emptyChoice>> = {}) =>
  resolveSigning({ kind, issuers, members, hosts: malang, regionCode: '51.08', choice: { ...emptyChoice('t', kind), ...choice } });

describe('ranks', () => {
  it('elected officials outrank every ASN of their region; the Bupati his deputy; the Sekda a Kepala Dinas', () => {
    const bupatiRank = personRank({ employment: 'elected', jabatan: 'Bupati Buleleng', eselon: '', golongan: '' });
    const wabupRank = personRank({ employment: 'elected', jabatan: 'Wakil Bupati Buleleng', eselon: '', golongan: '' });
    const dprd = personRank({ employment: 'elected', jabatan: 'Anggota DPRD Kabupaten Buleleng', eselon: '', golongan: '' });
    const sekdaRank = personRank({ employment: 'pns', jabatan: 'Sekretaris Daerah', eselon: '', golongan: 'IV/d' });
    const kadisRank = personRank({ employment: 'pns', jabatan: 'Kepala Dinas Kominfosanti', eselon: '', golongan: 'IV/b' });
    const staffRank = personRank({ employment: 'pns', jabatan: 'Pranata Humas', eselon: '', golongan: 'IV/c' });
    expect(bupatiRank).toBeGreaterThan(wabupRank);
    expect(wabupRank).toBeGreaterThan(dprd);
    expect(dprd).toBeGreaterThan(sekdaRank);
    expect(sekdaRank).toBeGreaterThan(kadisRank);
    expect(kadisRank).toBeGreaterThan(staffRank);
    expect(personRank({ employment: 'non_asn', jabatan: 'Jurnalis', eselon: '', golongan: '', kind: 'journalist' })).toBe(0);
    // A signer's seat and a person in that seat rank alike.
    expect(SEAT_RANK.regional_secretary).toBe(sekdaRank);
    expect(SEAT_RANK.agency_head).toBe(kadisRank);
  });
});

describe('kop lines made from the region', () => {
  it('BUPATI BULELENG on the kop jabatan with no address; PEMERINTAH KABUPATEN BULELENG / SEKRETARIAT DAERAH; the Dinas under it', () => {
    expect(kopLines('regional_head', noLines, BULELENG)).toMatchObject({ govLine: '', officeName: 'BUPATI BULELENG', contacts: [], headTitle: 'Bupati Buleleng' });
    expect(kopLines('secretariat', noLines, BULELENG)).toMatchObject({ govLine: 'PEMERINTAH KABUPATEN BULELENG', officeName: 'SEKRETARIAT DAERAH' });
    const pd = kopLines('agency', noLines, BULELENG);
    expect(pd.govLine).toBe('PEMERINTAH KABUPATEN BULELENG');
    expect(pd.officeName).toBe('DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK');
    expect(pd.contacts).toEqual(['Jl. Pahlawan No. 1, Singaraja']);
    expect(kopLines('regional_head', noLines, { name: 'Diskominfo', regionCode: '35.73' }).officeName).toBe('WALI KOTA MALANG');
    // The user's own lines win.
    expect(kopLines('agency', { ...noLines, officeName: 'Dinas Kominfosanti', phone: '(0362) 21985' }, BULELENG)).toMatchObject({
      officeName: 'DINAS KOMINFOSANTI',
      contacts: ['Jl. Pahlawan No. 1, Singaraja', 'Telepon (0362) 21985'],
    });
    // Nothing known: empty lines (the documents mark them), never invented ones.
    expect(kopLines('secretariat', noLines, null).govLine).toBe('');
  });

  it('names a region and writes capitals as a title', () => {
    expect(regionNames('51.04')).toMatchObject({ head: 'Bupati Gianyar', government: 'Pemerintah Kabupaten Gianyar' });
    expect(regionNames('52.71')).toMatchObject({ head: 'Wali Kota Mataram', kind: 'Kota' });
    expect(regionNames('')).toMatchObject({ head: '', place: '' });
    expect(titleWords('DINAS KOMUNIKASI DAN INFORMATIKA')).toBe('Dinas Komunikasi dan Informatika');
  });
});

describe('who issues and signs each document by default', () => {
  it('Buleleng → Kota Malang with the Wakil Bupati: the SPT is the Bupati’s own, on the kop jabatan', () => {
    const members = [wabup, kadisMember, staff, journalist];
    expect(defaultLevel('spt', members, malang)).toBe('regional_head');
    const spt = resolve('spt', members);
    expect(spt.level).toBe('regional_head');
    expect(spt.signer?.name).toBe(bupati.name);
    expect(spt.above).toEqual([]);
    expect(spt.warnings).toEqual([]);
  });

  it('an SPT for ASN only with a Kepala Dinas is signed a.n. the Bupati by the Sekda; staff alone by their Kepala Dinas', () => {
    const setda = resolve('spt', [kadisMember, staff]);
    expect(setda.level).toBe('secretariat');
    expect(setda.signer?.name).toBe(sekda.name);
    expect(setda.above).toEqual(['a.n. BUPATI BULELENG']);
    const own = resolve('spt', [kabid, staff]);
    expect(own.level).toBe('agency');
    expect(own.signer?.name).toBe(kadis.name);
    expect(own.form).toBe('own');
  });

  it('a Sekda cannot order a Wakil Bupati: the warning names him and offers the Bupati', () => {
    const spt = resolve('spt', [wabup, staff], { level: 'secretariat' });
    const w = spt.warnings.find((x) => x.code === 'signerOutranked');
    expect(w).toMatchObject({ code: 'signerOutranked', count: 1, names: 'Gede Supriatna, S.H.', suggestedSignerId: bupati.id, suggestedLevel: 'regional_head' });
    // Journalists are not ordered by the SPT: they get their own letter, with no rank check.
    expect(resolve('spt_non_asn', [wabup, journalist]).warnings.filter((x) => x.code === 'signerOutranked')).toEqual([]);
  });

  it('the letter to a Wali Kota comes from the Setda a.n. the Bupati; u.b. adds the Sekda and "u.b."', () => {
    const letter = resolve('letter', [wabup]);
    expect(letter.level).toBe('secretariat');
    expect(letter.above).toEqual(['a.n. BUPATI BULELENG']);
    const asisten = signer('assistant', 'Asisten Administrasi Umum', 'Asisten Administrasi Umum');
    const withAsisten = [issuers[0]!, issuer('secretariat', [sekda, asisten]), issuers[2]!];
    const ub = resolveSigning({
      kind: 'letter',
      issuers: withAsisten,
      members: [wabup],
      hosts: malang,
      regionCode: '51.08',
      choice: { ...emptyChoice('t', 'letter'), signerId: asisten.id, form: 'ub' },
    });
    expect(ub.above).toEqual(['a.n. BUPATI BULELENG', 'Sekretaris Daerah,', 'u.b.']);
    expect(ub.signer?.name).toBe(asisten.name);
  });

  it('the report is signed by the lead; "Mengetahui" only by someone senior to him, never a subordinate', () => {
    const led = resolve('report', [wabup, kadisMember]);
    expect(led.signer?.name).toBe('Gede Supriatna, S.H.');
    expect(led.acknowledge).toBeNull();
    const staffLed = resolve('report', [kabid, staff]);
    expect(staffLed.acknowledge?.name).toBe(kadis.name);
    // Choosing the Kepala Dinas under a Wakil Bupati's report is warned about.
    const forced = resolve('report', [wabup], { acknowledge: kadis.id });
    expect(forced.warnings).toContainEqual({ code: 'acknowledgeSubordinate', name: kadis.name });
  });

  it('"a.n." needs a head to sign for: an issuer whose region is unknown warns', () => {
    const unknown = (level: IssuerLevel, signers: Signer[]) => ({ ...issuer(level, signers), kop: kopLines(level, noLines, null) });
    const r = resolveSigning({
      kind: 'letter',
      issuers: [unknown('regional_head', []), unknown('secretariat', [sekda]), unknown('agency', [])],
      members: [staff],
      hosts: malang,
      regionCode: '',
      choice: emptyChoice('t', 'letter'),
    });
    expect(r.form).toBe('an');
    expect(r.above).toEqual([]);
    expect(r.warnings).toContainEqual({ code: 'anWithoutHead' });
    // With the region known the same choice is fine.
    expect(resolve('letter', [staff]).warnings).toEqual([]);
  });

  it('a signer nobody holds yet prints its seat and asks for the name', () => {
    const bare = [issuer('regional_head', []), issuer('secretariat', []), issuer('agency', [])];
    const spt = resolveSigning({ kind: 'spt', issuers: bare, members: [wabup], hosts: [], regionCode: '51.08', choice: emptyChoice('t', 'spt') });
    expect(spt.signer).toMatchObject({ id: null, jabatan: 'Bupati Buleleng', name: '' });
    expect(spt.warnings).toContainEqual({ code: 'noSignerName' });
  });
});
